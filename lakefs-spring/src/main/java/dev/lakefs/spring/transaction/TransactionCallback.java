package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;

/**
 * Work to run in a branch transaction, for {@code Branch.transact(…)}, {@link LakeFSTransactionTemplate} and
 * {@link LakeFSTransactionManager#execute}. It may throw a checked exception: the transaction rolls back and the
 * exception reaches the caller as it is, since the method that runs the work declares {@code throws E}.
 * <pre>{@code
 * long rows = branch.transact((tx) -> loader.load(tx.branch()));   // throws IOException when load does
 * }</pre>
 *
 * @param <T> the result type
 * @param <E> the checked exception the work may throw ({@link RuntimeException} when it throws none)
 */
@FunctionalInterface
public interface TransactionCallback<T extends @Nullable Object, E extends Exception> {

    /**
     * Runs the work. Object access through the transaction's source branch is routed to its ephemeral branch while
     * this runs; any exception rolls the transaction back (unless a {@link RollbackRules rule} says otherwise) and
     * reaches the caller unchanged.
     * @param transaction the open transaction
     * @return the result
     * @throws E to roll back
     */
    T doInTransaction(LakeFSTransaction transaction) throws E;
}
