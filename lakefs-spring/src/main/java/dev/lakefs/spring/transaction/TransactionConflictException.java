package dev.lakefs.spring.transaction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The transaction's changes conflict with changes merged into the source branch since the transaction began; the
 * source branch is untouched. lakeFS does not say which paths conflict, so they are worked out from the changes on
 * both sides since their merge base (empty when that could not be determined).
 */
public class TransactionConflictException extends TransactionMergeException {

    private static final long serialVersionUID = 1L;

    private final List<String> conflictingPaths;

    public TransactionConflictException(String message, String repository, String sourceBranch,
            String transactionBranch, List<String> conflictingPaths, @Nullable Throwable cause) {
        super(message, repository, sourceBranch, transactionBranch, cause);
        this.conflictingPaths = List.copyOf(conflictingPaths);
    }

    /** The paths changed both by the transaction and on the source branch since the transaction began. */
    public List<String> getConflictingPaths() {
        return this.conflictingPaths;
    }
}
