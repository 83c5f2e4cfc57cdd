package dev.lakefs.spring.transaction;

import java.time.Duration;
import java.util.List;

/**
 * What {@link LakeFSTransactionMonitor#cleanUpAbandoned} did.
 *
 * @param repository the repository cleaned up
 * @param olderThan the age a transaction branch had to exceed to be deleted
 * @param removedBranches the transaction branches deleted
 * @param failedBranches the transaction branches that could not be deleted
 */
public record CleanupReport(String repository, Duration olderThan, List<String> removedBranches,
        List<String> failedBranches) {

    public CleanupReport {
        removedBranches = List.copyOf(removedBranches);
        failedBranches = List.copyOf(failedBranches);
    }
}
