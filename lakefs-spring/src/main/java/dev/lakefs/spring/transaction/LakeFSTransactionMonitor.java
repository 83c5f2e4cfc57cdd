package dev.lakefs.spring.transaction;

import java.time.Duration;
import java.util.List;

/** Lists the transactions open in this process and removes branches that dead processes left behind. */
public interface LakeFSTransactionMonitor {

    /** The transactions open in this process, oldest first. */
    List<OpenTransaction> openTransactions();

    /**
     * Deletes the ephemeral transaction branches of {@code repositoryId} created more than {@code olderThan} ago,
     * except those of transactions still open in this process. Branches of a transaction still running in another
     * process are deleted too if they are old enough, which makes that transaction fail: choose an age well above
     * your longest transaction.
     */
    CleanupReport cleanUpAbandoned(String repositoryId, Duration olderThan);
}
