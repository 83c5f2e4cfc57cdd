package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;

/** Merging the transaction's commit into its source branch failed; the source branch is untouched. */
public class TransactionMergeException extends LakeFSTransactionException {

    private static final long serialVersionUID = 1L;

    public TransactionMergeException(String message, String repository, String sourceBranch,
            String transactionBranch, @Nullable Throwable cause) {
        super(message, repository, sourceBranch, transactionBranch, cause);
    }
}
