package dev.lakefs.spring.transaction;

/**
 * Work without a result to run in a branch transaction, for {@code Branch.transactWithoutResult(…)} and
 * {@link LakeFSTransactionTemplate#executeWithoutResult}: the result-less {@link TransactionCallback}, with the same
 * rules (a checked exception rolls back and reaches the caller as it is).
 *
 * @param <E> the checked exception the work may throw ({@link RuntimeException} when it throws none)
 */
@FunctionalInterface
public interface TransactionAction<E extends Exception> {

    /**
     * Runs the work.
     * @param transaction the open transaction
     * @throws E to roll back
     */
    void doInTransaction(LakeFSTransaction transaction) throws E;
}
