package dev.lakefs.spring.transaction;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/** What the {@code lakefs.transaction} observation knows about one transaction. */
public final class TransactionObservationContext extends Observation.Context {

    private final String repository;

    private final String sourceBranch;

    private @Nullable String transactionId;

    private @Nullable TransactionOutcome outcome;

    TransactionObservationContext(String repository, String sourceBranch) {
        this.repository = repository;
        this.sourceBranch = sourceBranch;
    }

    public String getRepository() {
        return this.repository;
    }

    public String getSourceBranch() {
        return this.sourceBranch;
    }

    /** The transaction id, once its branch exists. */
    public @Nullable String getTransactionId() {
        return this.transactionId;
    }

    void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    /** How the transaction ended, once it has. */
    public @Nullable TransactionOutcome getOutcome() {
        return this.outcome;
    }

    void setOutcome(TransactionOutcome outcome) {
        this.outcome = outcome;
    }
}
