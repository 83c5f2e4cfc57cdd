package dev.lakefs.spring.transaction;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import dev.lakefs.embedded.FaultInjection;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.util.DigestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atomicity under faults: 200 transactions, each writing three objects through the source branch, with a random
 * failure injected into most of them. Afterwards every transaction's objects are all in the source branch or none
 * are, a transaction is merged exactly when it returned normally, and no transaction branch is left over.
 */
class TransactionAtomicityTests extends EmbeddedLakeFSTestSupport {

    private static final int TRANSACTIONS = 200;

    /** Operations a transaction makes, for faults aimed at one of them. */
    private static final String[] OPERATIONS = { "createBranch", "uploadObject", "diffBranch", "commit",
            "mergeIntoBranch", "deleteBranch", "getBranch", "logCommits" };

    @Test
    void everyTransactionIsAllOrNothingAndEveryFailureSurfaces() {
        Random random = new Random(20261123);
        server.faults().seed(7).retryAfter(Duration.ZERO);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < TRANSACTIONS; i++) {
            runs.add(run(i, Fault.values()[random.nextInt(Fault.values().length)], random));
        }
        server.faults().clear();
        String abandoned = simulateKilledProcess();

        this.manager.cleanUpAbandoned(this.repository, Duration.ofMinutes(30));
        this.manager.cleanUpAbandoned(this.repository, Duration.ZERO);

        Map<String, String> checksums = client.listObjects(this.repository, "main", ListOptions.defaults())
            .collectMap(ObjectStats::path, ObjectStats::checksum)
            .block();
        for (Run run : runs) {
            long merged = run.paths().stream().filter((path) -> run.checksum().equals(checksums.get(path))).count();
            assertThat(merged).as("objects of %s in main", run).isIn(0L, (long) run.paths().size());
            if (run.failure() == null) {
                assertThat(merged).as("%s returned normally, so it is merged", run).isEqualTo(run.paths().size());
            }
            else {
                assertThat(merged).as("%s failed, so nothing of it is merged", run).isZero();
            }
            run.fault().assertFailure(run);
        }
        assertThat(runs).filteredOn((run) -> run.failure() == null).hasSizeGreaterThan(TRANSACTIONS / 4);
        // Retries absorb most injected faults; the work's exceptions and the conflicts always fail.
        assertThat(runs).filteredOn((run) -> run.failure() != null).hasSizeGreaterThan(TRANSACTIONS / 10);
        assertThat(checksums).doesNotContainKey(abandoned + "/orphan");
        assertThat(transactionBranches()).isEmpty();
        assertThat(this.manager.openTransactions()).isEmpty();
    }

    private Run run(int index, Fault fault, Random random) {
        String content = "transaction " + index;
        List<String> paths = List.of("t" + index + "/a", "t" + index + "/b", "t" + index + "/c");
        Throwable failure = null;
        try {
            template().executeWithoutResult((tx) -> {
                fault.inject(server.faults(), random);
                for (String path : paths) {
                    main().object(path).upload(content);
                }
                fault.interfere(this, paths.get(0));
            });
        }
        catch (Throwable ex) {
            failure = ex;
        }
        finally {
            server.faults().clear();
            server.faults().retryAfter(Duration.ZERO);
        }
        return new Run(index, fault, paths, md5(content), failure);
    }

    /** A transaction branch with uncommitted data whose process died two hours ago. */
    private String simulateKilledProcess() {
        String branchId = TransactionBranchNames.newName(Instant.now().minus(Duration.ofHours(2)));
        client.createBranch(this.repository, new BranchCreation(branchId, "main", false, true)).block();
        branch(branchId).object(branchId + "/orphan").upload("left behind");
        return branchId;
    }

    private static String md5(String content) {
        return DigestUtils.md5DigestAsHex(content.getBytes(StandardCharsets.UTF_8));
    }

    record Run(int index, Fault fault, List<String> paths, String checksum, @Nullable Throwable failure) {

        @Override
        public String toString() {
            return "transaction " + this.index + " (" + this.fault + ", failure: " + this.failure + ")";
        }
    }

    enum Fault {

        NONE,

        /** The work throws after writing. */
        EXCEPTION_IN_WORK {
            @Override
            void interfere(TransactionAtomicityTests test, String path) {
                throw new WorkFailure();
            }

            @Override
            void assertFailure(Run run) {
                assertThat(run.failure()).isInstanceOf(WorkFailure.class);
            }
        },

        /** Another writer merges a change to one of the transaction's paths into main while it runs. */
        CONFLICTING_WRITER {
            @Override
            void interfere(TransactionAtomicityTests test, String path) {
                test.mergeIntoMainFromAnotherWriter(path, "another writer");
            }

            @Override
            void assertFailure(Run run) {
                assertThat(run.failure()).isInstanceOf(TransactionConflictException.class);
                assertThat(((TransactionConflictException) run.failure()).getConflictingPaths())
                    .containsExactly(run.paths().get(0));
            }
        },

        /** 30% of the requests are answered 429 with a zero Retry-After. */
        TOO_MANY_REQUESTS_BURST {
            @Override
            void inject(FaultInjection faults, Random random) {
                faults.rejectFraction(0.3, 429);
            }
        },

        /** 30% of the requests are answered 503. */
        UNAVAILABLE_BURST {
            @Override
            void inject(FaultInjection faults, Random random) {
                faults.rejectFraction(0.3, 503);
            }
        },

        /** 15% of the requests are applied, then their connection is dropped. */
        DROPPED_CONNECTIONS {
            @Override
            void inject(FaultInjection faults, Random random) {
                faults.dropFraction(0.15);
            }
        },

        /** One operation of the transaction is applied, then its connection is dropped. */
        DROP_ONE_OPERATION {
            @Override
            void inject(FaultInjection faults, Random random) {
                faults.dropOnce(OPERATIONS[random.nextInt(OPERATIONS.length)]);
            }
        },

        /** One operation of the transaction is rejected with 503 before it is applied. */
        FAIL_ONE_OPERATION {
            @Override
            void inject(FaultInjection faults, Random random) {
                faults.failOnce(OPERATIONS[random.nextInt(OPERATIONS.length)], 503);
            }
        };

        void inject(FaultInjection faults, Random random) {
        }

        void interfere(TransactionAtomicityTests test, String path) {
        }

        /** What a failure of a transaction run with this fault must look like (faults may also let it succeed). */
        void assertFailure(Run run) {
        }
    }

    static final class WorkFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WorkFailure() {
            super("the work failed");
        }
    }
}
