package dev.lakefs.spring.boot.autoconfigure.actuate;

import java.time.Duration;
import java.util.List;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.RetrySettings;
import dev.lakefs.spring.transaction.CleanupReport;
import dev.lakefs.spring.transaction.LakeFSTransactionMonitor;
import dev.lakefs.spring.transaction.OpenTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code lakefs} actuator endpoint: the endpoint in use, what the server says about itself, the retry settings
 * and, when the transaction infrastructure is present, the open transactions of this process, plus a write
 * operation that deletes the ephemeral branches of transactions abandoned by dead processes.
 */
@Endpoint(id = "lakefs")
public class LakeFSEndpoint {

    static final Duration DEFAULT_ABANDONED_AFTER = Duration.ofHours(1);

    private final LakeFSClient client;

    private final RetrySettings retry;

    private final Duration timeout;

    private final @Nullable LakeFSTransactionMonitor transactionMonitor;

    /**
     * Creates a new endpoint.
     * @param client the client whose server to describe
     * @param retry the client's retry settings
     * @param timeout the time allowed to ask the server about itself
     * @param transactionMonitor the transaction infrastructure, or {@code null} when it is absent
     */
    public LakeFSEndpoint(LakeFSClient client, RetrySettings retry, Duration timeout,
            @Nullable LakeFSTransactionMonitor transactionMonitor) {
        this.client = client;
        this.retry = retry;
        this.timeout = timeout;
        this.transactionMonitor = transactionMonitor;
    }

    /**
     * Describes the lakeFS connection.
     * @return the description
     */
    @ReadOperation
    public LakeFSDescriptor lakeFS() {
        LakeFSServerInfo server = LakeFSServerInfo.fetch(this.client, this.timeout);
        List<OpenTransaction> openTransactions = (this.transactionMonitor != null)
                ? this.transactionMonitor.openTransactions() : null;
        return new LakeFSDescriptor(this.client.endpoint().toString(), server, this.retry, openTransactions);
    }

    /**
     * Deletes the ephemeral branches of transactions on a repository that are older than a given age and not open
     * in this process.
     * @param repository the repository to clean up
     * @param olderThan how old a transaction branch must be to count as abandoned (default one hour)
     * @return what was removed and what could not be
     */
    @WriteOperation
    public CleanupReport cleanUpAbandonedTransactions(String repository, @Nullable Duration olderThan) {
        if (this.transactionMonitor == null) {
            throw new IllegalStateException("The lakeFS transaction infrastructure is not configured");
        }
        return this.transactionMonitor.cleanUpAbandoned(repository,
                (olderThan != null) ? olderThan : DEFAULT_ABANDONED_AFTER);
    }

    /**
     * The description of the lakeFS connection.
     *
     * @param endpoint the API endpoint in use
     * @param server what the server says about itself
     * @param retry the client's retry settings
     * @param openTransactions the transactions open in this process, or {@code null} without the transaction
     * infrastructure
     */
    public record LakeFSDescriptor(String endpoint, LakeFSServerInfo server, RetrySettings retry,
            @Nullable List<OpenTransaction> openTransactions) {
    }

}
