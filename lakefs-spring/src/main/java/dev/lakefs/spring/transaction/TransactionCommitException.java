package dev.lakefs.spring.transaction;

/** Committing the transaction's changes on its ephemeral branch failed; the source branch is untouched. */
public class TransactionCommitException extends LakeFSTransactionException {

    private static final long serialVersionUID = 1L;

    public TransactionCommitException(String message, String repository, String sourceBranch,
            String transactionBranch, Throwable cause) {
        super(message, repository, sourceBranch, transactionBranch, cause);
    }
}
