package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;

/**
 * Creating the transaction's tag failed. If {@link #getMergeCommitId()} is not {@code null} the merge had already
 * happened and stands (lakeFS cannot undo it atomically); otherwise the tag was found taken before the merge and the
 * transaction was rolled back.
 */
public class TransactionTagException extends LakeFSTransactionException {

    private static final long serialVersionUID = 1L;

    private final String tag;

    private final @Nullable String mergeCommitId;

    public TransactionTagException(String message, String repository, String sourceBranch, String transactionBranch,
            String tag, @Nullable String mergeCommitId, @Nullable Throwable cause) {
        super(message, repository, sourceBranch, transactionBranch, cause);
        this.tag = tag;
        this.mergeCommitId = mergeCommitId;
    }

    /** The tag that could not be created. */
    public String getTag() {
        return this.tag;
    }

    /** The merge commit the tag was meant for, or {@code null} when the transaction was rolled back. */
    public @Nullable String getMergeCommitId() {
        return this.mergeCommitId;
    }
}
