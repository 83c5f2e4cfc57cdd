package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.model.Commit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 2 "Concurrency": many clients branching, uploading, committing and merging into {@code main} at once.
 * lakeFS answers branch contention with 429 or 500 "branch is currently locked" (§2), which clients retry; the
 * end state must lose nothing.
 */
class ConcurrencyConformanceTest extends ConformanceTestSupport {

    private static final int WORKERS = 16;

    private static final int MAX_ATTEMPTS = 50;

    @Test
    @DisplayName("16 threads each branch, upload, commit and merge into main: every object and every merge survives")
    void concurrentBranchCommitMerge() throws Exception {
        assertEndState(runConcurrently(this::work));
    }

    @Test
    @DisplayName("16 threads upload to and commit on main at once: commits serialize and every object ends up committed")
    void concurrentCommitsOnOneBranch() throws Exception {
        List<@Nullable String> commitIds = runConcurrently(worker -> {
            upload("main", "direct/" + worker, worker);
            try {
                return retryingContention(() -> commit("main", "commit by " + worker).getId());
            }
            catch (ApiException ex) {
                // §5.5: staging is shared, so another thread's commit may already hold this upload
                if (ex.getCode() == 400 && messageOf(ex).contains("no changes")) {
                    return null;
                }
                throw ex;
            }
        });
        List<String> expectedPaths = IntStream.range(0, WORKERS).mapToObj(i -> String.format("direct/worker-%02d", i))
                .toList();
        assertThat(pathsOf("main@", "direct/")).containsExactlyElementsOf(expectedPaths);
        assertThat(this.branches.diffBranch(this.repo, "main").execute().getResults()).isEmpty();
        List<String> made = commitIds.stream().filter(Objects::nonNull).toList();
        List<Commit> log = this.refs.logCommits(this.repo, "main").amount(1000).execute().getResults();
        // A linear history: every successful commit is on main, each the parent of the next
        assertThat(log).extracting(Commit::getId).containsAll(made).hasSize(made.size() + 1);
        for (int i = 0; i < log.size() - 1; i++) {
            assertThat(log.get(i).getParents()).containsExactly(log.get(i + 1).getId());
        }
    }

    /** Runs one task per worker name ({@code worker-00}…), all released at once; returns their results in order. */
    private List<@Nullable String> runConcurrently(Worker task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<@Nullable String>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < WORKERS; i++) {
                String worker = String.format("worker-%02d", i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.run(worker);
                }));
            }
            start.countDown();
            List<@Nullable String> results = new ArrayList<>();
            for (Future<@Nullable String> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** One client's session; returns the id of the commit it merged. */
    private String work(String worker) throws Exception {
        createBranch(worker, "main");
        upload(worker, "workers/" + worker, "written by " + worker);
        String commitId = commit(worker, "work of " + worker).getId();
        retryingContention(() -> this.refs.mergeIntoBranch(this.repo, worker, "main").execute().getReference());
        return commitId;
    }

    private void assertEndState(List<@Nullable String> workerCommits) throws ApiException {
        List<String> expectedPaths = IntStream.range(0, WORKERS).mapToObj(i -> String.format("workers/worker-%02d", i))
                .toList();
        assertThat(pathsOf("main", "workers/")).containsExactlyElementsOf(expectedPaths);
        for (String path : expectedPaths) {
            assertThat(read("main", path)).isEqualTo("written by " + path.substring("workers/".length()));
        }
        List<Commit> log = this.refs.logCommits(this.repo, "main").amount(1000).execute().getResults();
        assertThat(log).extracting(Commit::getId).containsAll(workerCommits);
        // Each merge moved main forward from the previous head: the first-parent chain holds all of them.
        List<Commit> mainline = this.refs.logCommits(this.repo, "main").firstParent(true).amount(1000).execute()
                .getResults();
        List<String> expectedMerges = IntStream.range(0, WORKERS)
                .mapToObj(i -> String.format("Merge 'worker-%02d' into 'main'", i)).toList();
        assertThat(mainline).extracting(Commit::getMessage).containsAll(expectedMerges)
                .hasSize(WORKERS + 1).last().isEqualTo("Repository created");
        assertThat(mainline.subList(0, WORKERS)).allSatisfy(merge -> assertThat(merge.getParents()).hasSize(2));
    }

    @FunctionalInterface
    private interface Worker {

        @Nullable String run(String worker) throws Exception;

    }

    /** §2: 429 and 500 "branch is currently locked" are transient; a client retries them. */
    private static <T> T retryingContention(Callable<T> call) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return call.call();
            }
            catch (ApiException ex) {
                boolean transientFailure = ex.getCode() == 429
                        || (ex.getCode() == 500 && String.valueOf(ex.getResponseBody()).contains("locked"));
                if (!transientFailure || attempt >= MAX_ATTEMPTS) {
                    throw ex;
                }
                TimeUnit.MILLISECONDS.sleep(5L * attempt);
            }
        }
    }

}
