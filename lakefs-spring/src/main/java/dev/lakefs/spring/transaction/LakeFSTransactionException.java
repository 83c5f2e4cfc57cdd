package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;

/**
 * A branch transaction could not complete as asked. The lakeFS failure, if any, is the cause; subclasses say which
 * step failed.
 */
public class LakeFSTransactionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String repository;

    private final String sourceBranch;

    private final @Nullable String transactionBranch;

    public LakeFSTransactionException(String message, String repository, String sourceBranch,
            @Nullable String transactionBranch, @Nullable Throwable cause) {
        super(message, cause);
        this.repository = repository;
        this.sourceBranch = sourceBranch;
        this.transactionBranch = transactionBranch;
    }

    /** The repository of the transaction. */
    public String getRepository() {
        return this.repository;
    }

    /** The branch the transaction was to merge into. */
    public String getSourceBranch() {
        return this.sourceBranch;
    }

    /** The transaction's ephemeral branch, {@code null} if it was never created. */
    public @Nullable String getTransactionBranch() {
        return this.transactionBranch;
    }
}
