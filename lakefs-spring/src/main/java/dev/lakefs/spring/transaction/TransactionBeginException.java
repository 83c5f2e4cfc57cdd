package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;

/** The transaction's ephemeral branch could not be created; nothing ran and nothing changed. */
public class TransactionBeginException extends LakeFSTransactionException {

    private static final long serialVersionUID = 1L;

    public TransactionBeginException(String message, String repository, String sourceBranch,
            @Nullable String transactionBranch, Throwable cause) {
        super(message, repository, sourceBranch, transactionBranch, cause);
    }
}
