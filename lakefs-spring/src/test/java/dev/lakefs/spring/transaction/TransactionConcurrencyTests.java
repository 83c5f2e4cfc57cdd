package dev.lakefs.spring.transaction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.util.DigestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 threads running transactions on one source branch at once: lakeFS serialises the merges, every transaction that
 * succeeds is merged, and a transaction that loses a race on a shared path fails with the conflict exception.
 */
class TransactionConcurrencyTests extends EmbeddedLakeFSTestSupport {

    private static final int THREADS = 32;

    private static final int TRANSACTIONS_PER_THREAD = 2;

    private static final String SHARED = "shared/hot.txt";

    @Test
    void everySuccessIsMergedAndConflictsSurfaceAsConflictExceptions() throws Exception {
        main().object(SHARED).upload("initial");
        main().commit("initial");
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        List<Future<Result>> futures = new ArrayList<>();
        try {
            for (int thread = 0; thread < THREADS; thread++) {
                for (int n = 0; n < TRANSACTIONS_PER_THREAD; n++) {
                    futures.add(executor.submit(transaction(thread, n)));
                }
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            assertResults(results);
        }
        finally {
            executor.shutdownNow();
        }
    }

    /** Every thread writes its own path; even threads also rewrite the shared path, so they may conflict. */
    private Callable<Result> transaction(int thread, int n) {
        String own = "thread-" + thread + "/tx-" + n + ".txt";
        String content = "thread " + thread + " transaction " + n;
        boolean writesShared = thread % 2 == 0;
        return () -> {
            try {
                template().executeWithoutResult((tx) -> {
                    main().object(own).upload(content);
                    if (writesShared) {
                        main().object(SHARED).upload(content);
                    }
                });
                return new Result(own, content, writesShared, null);
            }
            catch (Throwable ex) {
                return new Result(own, content, writesShared, ex);
            }
        };
    }

    private void assertResults(List<Result> results) {
        Map<String, String> checksums = client.listObjects(this.repository, "main", ListOptions.defaults())
            .collectMap(ObjectStats::path, ObjectStats::checksum)
            .block();
        List<String> sharedWinners = new ArrayList<>();
        for (Result result : results) {
            if (result.failure() == null) {
                assertThat(checksums.get(result.path())).as("%s merged", result.path()).isEqualTo(md5(result.content()));
                if (result.writesShared()) {
                    sharedWinners.add(md5(result.content()));
                }
            }
            else {
                assertThat(result.failure()).as("failure of %s", result.path())
                    .isInstanceOf(TransactionConflictException.class);
                assertThat(((TransactionConflictException) result.failure()).getConflictingPaths())
                    .containsExactly(SHARED);
                assertThat(result.writesShared()).isTrue();
                assertThat(checksums).doesNotContainKey(result.path());
            }
        }
        assertThat(results).filteredOn((result) -> !result.writesShared())
            .allSatisfy((result) -> assertThat(result.failure()).isNull());
        assertThat(sharedWinners).isNotEmpty().contains(checksums.get(SHARED));
        assertThat(transactionBranches()).isEmpty();
        assertThat(this.manager.openTransactions()).isEmpty();
    }

    private static String md5(String content) {
        return DigestUtils.md5DigestAsHex(content.getBytes(StandardCharsets.UTF_8));
    }

    record Result(String path, String content, boolean writesShared, @Nullable Throwable failure) {
    }
}
