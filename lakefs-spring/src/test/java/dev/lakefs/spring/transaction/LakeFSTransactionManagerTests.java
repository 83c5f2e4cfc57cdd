package dev.lakefs.spring.transaction;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.spring.WriteOptions;
import dev.lakefs.spring.client.LakeFSConflictException;
import dev.lakefs.spring.client.LakeFSForbiddenException;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.LakeFSPreconditionFailedException;
import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.MergeStrategy;
import dev.lakefs.spring.client.model.TagCreation;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

class LakeFSTransactionManagerTests extends EmbeddedLakeFSTestSupport {

    @Test
    void commitsAndMergesIntoTheSourceBranchThenDeletesTheBranch() {
        String before = head("main");
        String transactionId = template(TransactionOptions.defaults().withCommitMessage("load data")).execute((tx) -> {
            tx.object("data/a.txt").upload("a");
            assertThat(tx.branchId()).startsWith("tx-").isEqualTo(tx.id());
            assertThat(tx.sourceBranchId()).isEqualTo("main");
            assertThat(tx.baseCommitId()).isEqualTo(before);
            assertThat(this.manager.openTransactions()).singleElement()
                .satisfies((open) -> assertThat(open.branch()).isEqualTo(tx.branchId()));
            return tx.id();
        });
        assertThat(read("main", "data/a.txt")).isEqualTo("a");
        Commit merge = commit(head("main"));
        assertThat(merge.parents()).hasSize(2).startsWith(before);
        assertThat(merge.metadata()).containsEntry("lakefs-spring.transaction.id", transactionId);
        assertThat(commit(merge.parents().get(1)).message()).isEqualTo("load data");
        assertThat(transactionBranches()).isEmpty();
        assertThat(this.manager.openTransactions()).isEmpty();
        assertThat(this.observations).hasObservationWithNameEqualTo("lakefs.transaction")
            .that()
            .hasLowCardinalityKeyValue("repository", this.repository)
            .hasLowCardinalityKeyValue("outcome", "committed")
            .hasHighCardinalityKeyValue("transaction.id", transactionId)
            .hasBeenStopped();
    }

    @Test
    void oneWriteCostsTheFiveCallsItWouldTakeByHand() {
        main().head(); // getBranch: marks where the transaction's requests start
        template().executeWithoutResult(
                (tx) -> tx.object("data/one.txt").upload("1", WriteOptions.defaults().withPreSign(false)));
        List<String> operations = server.recordedRequests().stream().map(RecordedRequest::operationId).toList();
        assertThat(operations.subList(operations.size() - 6, operations.size())).containsExactly("getBranch",
                "createBranch", "uploadObject", "commit", "mergeIntoBranch", "deleteBranch");
    }

    @Test
    void sourceBranchAccessIsRoutedAndReadsItsOwnWritesInIsolation() {
        template().executeWithoutResult((tx) -> {
            main().object("routed.txt").upload("mine");
            assertThat(main().object("routed.txt").readString()).isEqualTo("mine");
            assertThat(main().uncommitted()).extracting("path").containsExactly("routed.txt");
            assertThat(tx.object("routed.txt").readString()).isEqualTo("mine");
            boolean visibleElsewhere = CompletableFuture.supplyAsync(() -> exists("main", "routed.txt")).join();
            assertThat(visibleElsewhere).as("visible outside the transaction before commit").isFalse();
        });
        assertThat(read("main", "routed.txt")).isEqualTo("mine");
    }

    @Test
    void exceptionRollsBackAndReachesTheCallerUnchanged() {
        String before = head("main");
        IllegalStateException failure = new IllegalStateException("boom");
        Throwable thrown = catchThrowable(() -> template().executeWithoutResult((tx) -> {
            main().object("never.txt").upload("x");
            throw failure;
        }));
        assertThat(thrown).isSameAs(failure);
        assertThat(failure.getSuppressed()).isEmpty();
        assertThat(head("main")).isEqualTo(before);
        assertThat(exists("main", "never.txt")).isFalse();
        assertThat(transactionBranches()).isEmpty();
        assertThat(this.observations).hasObservationWithNameEqualTo("lakefs.transaction")
            .that()
            .hasLowCardinalityKeyValue("outcome", "rolled_back");
    }

    @Test
    void failedTransactionKeepsItsBranchWhenAsked() {
        String[] branchId = new String[1];
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> template(TransactionOptions.defaults().withDeleteBranchOnFailure(false))
                .executeWithoutResult((tx) -> {
                    branchId[0] = tx.branchId();
                    main().object("debug.txt").upload("x");
                    throw new IllegalStateException("keep it");
                }));
        assertThat(transactionBranches()).containsExactly(branchId[0]);
        assertThat(branch(branchId[0]).object("debug.txt").readString()).isEqualTo("x");
        assertThat(exists("main", "debug.txt")).isFalse();
    }

    @Test
    void emptyTransactionSucceedsWithoutCommitting() {
        String before = head("main");
        String result = template().execute((tx) -> "done");
        assertThat(result).isEqualTo("done");
        assertThat(head("main")).isEqualTo(before);
        assertThat(transactionBranches()).isEmpty();
        assertThat(this.observations).hasObservationWithNameEqualTo("lakefs.transaction")
            .that()
            .hasLowCardinalityKeyValue("outcome", "empty");
    }

    @Test
    void writesThatCancelOutAreAnEmptyTransaction() {
        String before = head("main");
        template().executeWithoutResult((tx) -> {
            main().object("temp.txt").upload("x");
            main().object("temp.txt").delete();
        });
        assertThat(head("main")).isEqualTo(before);
    }

    @Test
    void messageMetadataAndTagCanBeChangedWhileTheWorkRuns() {
        template(TransactionOptions.defaults().withMetadata("source", "options")).executeWithoutResult((tx) -> {
            main().object("a").upload("a");
            tx.setCommitMessage("decided late");
            tx.putMetadata("rows", "42");
            tx.setTag("late-tag");
        });
        Commit merge = commit(head("main"));
        assertThat(merge.metadata()).containsEntry("source", "options").containsEntry("rows", "42");
        Commit transactionCommit = commit(merge.parents().get(1));
        assertThat(transactionCommit.message()).isEqualTo("decided late");
        assertThat(transactionCommit.metadata()).containsExactlyInAnyOrderEntriesOf(
                Map.of("source", "options", "rows", "42"));
        assertThat(client.getTag(this.repository, "late-tag").block().commitId()).isEqualTo(merge.id());
    }

    @Test
    void squashMergeAddsOneCommitWithTheTransactionsMessage() {
        String before = head("main");
        template(TransactionOptions.defaults().withSquash(true).withCommitMessage("squashed"))
            .executeWithoutResult((tx) -> main().object("s").upload("s"));
        Commit merge = commit(head("main"));
        assertThat(merge.parents()).containsExactly(before);
        assertThat(merge.message()).isEqualTo("squashed");
        assertThat(read("main", "s")).isEqualTo("s");
    }

    @Test
    void tagIsCreatedOnTheMergeCommit() {
        template(TransactionOptions.defaults().withTag("v1")).executeWithoutResult((tx) -> main().object("t").upload("t"));
        assertThat(client.getTag(this.repository, "v1").block().commitId()).isEqualTo(head("main"));
    }

    @Test
    void existingTagRollsBackBeforeMerging() {
        client.createTag(this.repository, TagCreation.of("taken", "main")).block();
        String before = head("main");
        assertThatExceptionOfType(TransactionTagException.class)
            .isThrownBy(() -> template(TransactionOptions.defaults().withTag("taken"))
                .executeWithoutResult((tx) -> main().object("t").upload("t")))
            .satisfies((ex) -> {
                assertThat(ex.getTag()).isEqualTo("taken");
                assertThat(ex.getMergeCommitId()).isNull();
            });
        assertThat(head("main")).isEqualTo(before);
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void conflictNamesTheConflictingPathsAndLeavesTheSourceUntouched() {
        main().object("shared.txt").upload("base");
        main().commit("base");
        assertThatExceptionOfType(TransactionConflictException.class)
            .isThrownBy(() -> template().executeWithoutResult((tx) -> {
                main().object("shared.txt").upload("transaction");
                main().object("only-mine.txt").upload("mine");
                mergeIntoMainFromAnotherWriter("shared.txt", "other writer");
            }))
            .satisfies((ex) -> {
                assertThat(ex.getConflictingPaths()).containsExactly("shared.txt");
                assertThat(ex).hasMessageContaining("shared.txt");
                assertThat(ex.getCause()).isInstanceOf(LakeFSConflictException.class);
            });
        assertThat(read("main", "shared.txt")).isEqualTo("other writer");
        assertThat(exists("main", "only-mine.txt")).isFalse();
        assertThat(transactionBranches()).isEmpty();
        assertThat(this.observations).hasObservationWithNameEqualTo("lakefs.transaction")
            .that()
            .hasLowCardinalityKeyValue("outcome", "conflict");
    }

    @Test
    void strategyResolvesConflicts() {
        main().object("shared.txt").upload("base");
        main().commit("base");
        template(TransactionOptions.defaults().withStrategy(MergeStrategy.SOURCE_WINS)).executeWithoutResult((tx) -> {
            main().object("shared.txt").upload("transaction");
            mergeIntoMainFromAnotherWriter("shared.txt", "other writer");
        });
        assertThat(read("main", "shared.txt")).isEqualTo("transaction");
        template(TransactionOptions.defaults().withStrategy(MergeStrategy.DEST_WINS)).executeWithoutResult((tx) -> {
            main().object("shared.txt").upload("second transaction");
            mergeIntoMainFromAnotherWriter("shared.txt", "second writer");
        });
        assertThat(read("main", "shared.txt")).isEqualTo("second writer");
    }

    @Test
    void concurrentChangesToOtherPathsMergeCleanly() {
        template().executeWithoutResult((tx) -> {
            main().object("mine.txt").upload("mine");
            mergeIntoMainFromAnotherWriter("theirs.txt", "theirs");
        });
        assertThat(read("main", "mine.txt")).isEqualTo("mine");
        assertThat(read("main", "theirs.txt")).isEqualTo("theirs");
    }

    @Test
    void failedCommitIsTypedAndCarriesTheCause() {
        String before = head("main");
        assertThatExceptionOfType(TransactionCommitException.class).isThrownBy(() -> template().executeWithoutResult((tx) -> {
            main().object("c").upload("c");
            server.faults().failOnce("commit", 412);
        })).withCauseInstanceOf(LakeFSPreconditionFailedException.class);
        assertThat(head("main")).isEqualTo(before);
        assertThat(transactionBranches()).isEmpty();
        assertThat(this.observations).hasObservationWithNameEqualTo("lakefs.transaction")
            .that()
            .hasLowCardinalityKeyValue("outcome", "failed");
    }

    @Test
    void failedMergeIsTypedAndLeavesTheSourceUntouched() {
        String before = head("main");
        assertThatExceptionOfType(TransactionMergeException.class).isThrownBy(() -> template().executeWithoutResult((tx) -> {
            main().object("m").upload("m");
            server.faults().failOnce("mergeIntoBranch", 412);
        })).withCauseInstanceOf(LakeFSPreconditionFailedException.class);
        assertThat(head("main")).isEqualTo(before);
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void mergeWhoseAnswerWasLostIsRecognisedAsMerged() {
        template().executeWithoutResult((tx) -> {
            main().object("lost-answer.txt").upload("x");
            server.faults().dropOnce("mergeIntoBranch");
        });
        assertThat(read("main", "lost-answer.txt")).isEqualTo("x");
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void commitWhoseAnswerWasLostIsRecognisedAsCommitted() {
        template().executeWithoutResult((tx) -> {
            main().object("lost-commit.txt").upload("x");
            server.faults().dropOnce("commit");
        });
        assertThat(read("main", "lost-commit.txt")).isEqualTo("x");
    }

    @Test
    void missingSourceBranchFailsToBegin() {
        assertThatExceptionOfType(TransactionBeginException.class)
            .isThrownBy(() -> new LakeFSTransactionTemplate(this.manager, this.repository, "missing")
                .execute((tx) -> "never"))
            .withCauseInstanceOf(LakeFSNotFoundException.class)
            .satisfies((ex) -> assertThat(ex.getSourceBranch()).isEqualTo("missing"));
        assertThat(this.observations).hasObservationWithNameEqualTo("lakefs.transaction")
            .that()
            .hasLowCardinalityKeyValue("outcome", "failed");
    }

    @Test
    void cleanupFailureIsAddedToTheOriginalException() {
        IllegalStateException failure = new IllegalStateException("original");
        Throwable thrown = catchThrowable(() -> template().executeWithoutResult((tx) -> {
            main().object("x").upload("x");
            server.faults().failOnce("deleteBranch", 403);
            throw failure;
        }));
        assertThat(thrown).isSameAs(failure);
        assertThat(failure.getSuppressed()).singleElement()
            .isInstanceOf(LakeFSForbiddenException.class);
        assertThat(transactionBranches()).hasSize(1);
        CleanupReport report = this.manager.cleanUpAbandoned(this.repository, Duration.ZERO);
        assertThat(report.removedBranches()).hasSize(1);
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void noRollbackRuleCommitsAndStillThrows() {
        IllegalArgumentException failure = new IllegalArgumentException("partial input");
        Throwable thrown = catchThrowable(() -> template(TransactionOptions.defaults()
            .withRollbackRules(RollbackRules.of(RollbackRule.noRollbackOn(IllegalArgumentException.class))))
            .executeWithoutResult((tx) -> {
                main().object("kept.txt").upload("kept");
                throw failure;
            }));
        assertThat(thrown).isSameAs(failure);
        assertThat(read("main", "kept.txt")).isEqualTo("kept");
    }

    @Test
    void setRollbackOnlyRollsBackQuietly() {
        String before = head("main");
        String result = template().execute((tx) -> {
            main().object("r").upload("r");
            tx.setRollbackOnly();
            return "rolled back";
        });
        assertThat(result).isEqualTo("rolled back");
        assertThat(head("main")).isEqualTo(before);
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void currentTransactionIsReachableOnlyInside() {
        assertThat(LakeFSTransactions.currentIfAny()).isEmpty();
        template().executeWithoutResult((tx) -> {
            assertThat(LakeFSTransactions.current()).isSameAs(tx);
            assertThat(LakeFSTransactions.currentIfAny(this.repository, "main")).containsSame(tx);
            assertThat(LakeFSTransactions.currentIfAny(this.repository, "other")).isEmpty();
            assertThat(TransactionContextHolder.routedBranchId(this.repository, "main")).isEqualTo(tx.branchId());
            assertThat(TransactionContextHolder.routedBranchId(this.repository, "other")).isEqualTo("other");
            assertThat(TransactionContextHolder.routedBranchId("another-repo", "main")).isEqualTo("main");
        });
        assertThat(LakeFSTransactions.currentIfAny()).isEmpty();
        assertThat(TransactionContextHolder.routedBranchId(this.repository, "main")).isEqualTo("main");
        assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(LakeFSTransactions::current);
    }

    @Test
    void abandonedBranchesOlderThanTheAgeAreCleanedUp() {
        String old = TransactionBranchNames.newName(Instant.now().minus(Duration.ofHours(2)));
        String recent = TransactionBranchNames.newName(Instant.now());
        client.createBranch(this.repository, new BranchCreation(old, "main", false, true))
            .block();
        client.createBranch(this.repository,
                new BranchCreation(recent, "main", false, true))
            .block();
        branch("feature").create("main");
        CleanupReport report = this.manager.cleanUpAbandoned(this.repository, Duration.ofHours(1));
        assertThat(report.removedBranches()).containsExactly(old);
        assertThat(report.failedBranches()).isEmpty();
        assertThat(transactionBranches()).containsExactly(recent);
        assertThat(branch("feature").exists()).isTrue();
    }

    @Test
    void cleanupSparesTransactionsOpenInThisProcess() {
        template().executeWithoutResult((tx) -> {
            CleanupReport report = this.manager.cleanUpAbandoned(this.repository, Duration.ZERO);
            assertThat(report.removedBranches()).isEmpty();
            assertThat(transactionBranches()).containsExactly(tx.branchId());
        });
    }

    @Test
    void branchTransactRunsOnTheManagerRegisteredForItsLakeFS() {
        assertThat(LakeFSTransactionManager.of(lakeFS)).isSameAs(this.manager);
        String id = main().transact(TransactionOptions.defaults().withCommitMessage("programmatic"), (tx) -> {
            main().object("p.txt").upload("p");
            return tx.id();
        });
        main().transactWithoutResult(TransactionOptions.defaults(), (tx) -> tx.object("q.txt").upload("q"));
        assertThat(read("main", "p.txt")).isEqualTo("p");
        assertThat(read("main", "q.txt")).isEqualTo("q");
        assertThat(this.observations).hasObservationWithNameEqualTo("lakefs.transaction")
            .that()
            .hasHighCardinalityKeyValue("transaction.id", id);
    }
    @Test
    void aCheckedExceptionFromTheCallbackRollsBackAndReachesTheCallerAsItIs() {
        String before = head("main");
        IOException failure = new IOException("disk gone");
        Throwable thrown = catchThrowable(() -> main().transact((tx) -> {
            tx.object("half.txt").upload("half");
            if (before != null) {
                throw failure;
            }
            return "unreachable";
        }));
        assertThat(thrown).isSameAs(failure);
        assertThat(head("main")).isEqualTo(before);
        assertThat(exists("main", "half.txt")).isFalse();
        assertThat(transactionBranches()).isEmpty();

        Throwable fromTemplate = catchThrowable(() -> template().executeWithoutResult((tx) -> {
            tx.object("half.txt").upload("half");
            throw failure;
        }));
        assertThat(fromTemplate).isSameAs(failure);
        assertThat(head("main")).isEqualTo(before);
    }

    @Test
    void aNoRollbackRuleCommitsDespiteTheCheckedException() {
        TransactionOptions options = TransactionOptions.defaults()
            .withRollbackRules(RollbackRules.of(RollbackRule.noRollbackOn(FileNotFoundException.class)));
        assertThatExceptionOfType(FileNotFoundException.class)
            .isThrownBy(() -> main().transactWithoutResult(options, (tx) -> {
                tx.object("kept.txt").upload("kept");
                throw new FileNotFoundException("optional input");
            }));
        assertThat(read("main", "kept.txt")).isEqualTo("kept");
        assertThatExceptionOfType(IOException.class)
            .isThrownBy(() -> main().transactWithoutResult(options, (tx) -> {
                tx.object("dropped.txt").upload("dropped");
                throw new IOException("other");
            }));
        assertThat(exists("main", "dropped.txt")).isFalse();
    }

    @Test
    void branchTransactMonoAndFluxRunReactiveWorkInATransaction() {
        Mono<String> mono = main().transactMono(TransactionOptions.defaults().withCommitMessage("reactive"),
                (tx) -> Mono.fromCallable(() -> tx.object("mono.txt").upload("m")).thenReturn(tx.id()));
        assertThat(transactionBranches()).as("nothing happens before subscription").isEmpty();
        StepVerifier.create(mono).assertNext((id) -> assertThat(id).startsWith("tx-")).verifyComplete();
        assertThat(read("main", "mono.txt")).isEqualTo("m");

        Flux<Integer> flux = main().transactFlux((tx) -> Flux.range(1, 2)
            .publishOn(Schedulers.boundedElastic())
            .doOnNext((i) -> tx.object("flux/" + i).upload("v" + i)));
        StepVerifier.create(flux).expectNext(1, 2).verifyComplete();
        assertThat(read("main", "flux/2")).isEqualTo("v2");

        IOException failure = new IOException("reactive checked failure");
        Mono<Object> failing = template().executeMono(
                (tx) -> Mono.fromCallable(() -> tx.object("e.txt").upload("e")).then(Mono.error(failure)));
        StepVerifier.create(failing).expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure)).verify();
        assertThat(exists("main", "e.txt")).isFalse();
        assertThat(transactionBranches()).isEmpty();
    }
}
