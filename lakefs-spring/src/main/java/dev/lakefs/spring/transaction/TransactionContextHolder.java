package dev.lakefs.spring.transaction;

/**
 * Where the high-level API asks which branch an operation on a source branch really goes to.
 * CONTRACT STUB (owned by the transactions work): while a transaction is open on (repository, branch)
 * in the current thread, returns its ephemeral branch id; otherwise returns {@code branchId} unchanged.
 */
public final class TransactionContextHolder {

    private TransactionContextHolder() {
    }

    /** The branch id that operations on {@code repositoryId}/{@code branchId} should use now. */
    public static String routedBranchId(String repositoryId, String branchId) {
        return branchId;
    }
}
