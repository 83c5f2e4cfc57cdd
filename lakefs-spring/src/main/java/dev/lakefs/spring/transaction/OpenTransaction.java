package dev.lakefs.spring.transaction;

import java.time.Duration;
import java.time.Instant;

/**
 * A transaction open in this process, as listed by {@link LakeFSTransactionMonitor#openTransactions()}.
 *
 * @param id the transaction id (also its ephemeral branch id)
 * @param repository the repository id
 * @param sourceBranch the branch it will merge into
 * @param branch its ephemeral branch
 * @param startedAt when it began
 * @param age how long it has been open when listed
 */
public record OpenTransaction(String id, String repository, String sourceBranch, String branch, Instant startedAt,
        Duration age) {
}
