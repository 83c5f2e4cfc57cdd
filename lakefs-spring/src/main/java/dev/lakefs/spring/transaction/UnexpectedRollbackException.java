package dev.lakefs.spring.transaction;

/**
 * A transaction was rolled back although its outermost scope completed normally, because a scope that joined it
 * ({@link Propagation#REQUIRED} or {@link Propagation#MANDATORY}) failed with an exception that the caller swallowed.
 */
public class UnexpectedRollbackException extends LakeFSTransactionException {

    private static final long serialVersionUID = 1L;

    public UnexpectedRollbackException(String message, String repository, String sourceBranch,
            String transactionBranch) {
        super(message, repository, sourceBranch, transactionBranch, null);
    }
}
