package dev.lakefs.spring.transaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

/** Finds and deletes transaction branches that a killed process left behind. */
final class AbandonedTransactionBranches {

    private static final Log logger = LogFactory.getLog(AbandonedTransactionBranches.class);

    private static final int CONCURRENCY = 4;

    private final TransactionBranchOperations operations;

    private final TransactionRegistry registry;

    private final Clock clock;

    AbandonedTransactionBranches(TransactionBranchOperations operations, TransactionRegistry registry, Clock clock) {
        this.operations = operations;
        this.registry = registry;
        this.clock = clock;
    }

    /** See {@link LakeFSTransactionMonitor#cleanUpAbandoned(String, Duration)}. */
    CleanupReport cleanUp(String repositoryId, Duration olderThan) {
        Instant cutoff = this.clock.instant().minus(olderThan);
        List<Deletion> deletions = Await.result(this.operations.transactionBranches(repositoryId)
            .filter((branchId) -> !this.registry.isOpen(branchId))
            .filter((branchId) -> isOlder(branchId, cutoff))
            .flatMap((branchId) -> delete(repositoryId, branchId), CONCURRENCY)
            .collectList());
        List<String> removed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Deletion deletion : (deletions != null) ? deletions : List.<Deletion>of()) {
            (deletion.deleted() ? removed : failed).add(deletion.branchId());
        }
        if (!removed.isEmpty()) {
            logger.info("Deleted " + removed.size() + " abandoned transaction branches of " + repositoryId + ": "
                    + removed);
        }
        return new CleanupReport(repositoryId, olderThan, removed, failed);
    }

    private static boolean isOlder(String branchId, Instant cutoff) {
        Instant createdAt = TransactionBranchNames.createdAt(branchId);
        return createdAt != null && !createdAt.isAfter(cutoff);
    }

    private Mono<Deletion> delete(String repositoryId, String branchId) {
        return this.operations.deleteBranch(repositoryId, branchId)
            .thenReturn(new Deletion(branchId, true))
            .onErrorResume((ex) -> {
                logger.warn("Could not delete abandoned transaction branch " + branchId, ex);
                return Mono.just(new Deletion(branchId, false));
            });
    }

    private record Deletion(String branchId, boolean deleted) {
    }
}
