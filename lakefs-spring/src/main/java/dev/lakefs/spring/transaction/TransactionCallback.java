package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;

/**
 * Work to run in a branch transaction, for {@link LakeFSTransactionTemplate} and {@code Branch.transact(…)}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TransactionCallback<T extends @Nullable Object> {

    /**
     * Runs the work. Object access through the transaction's source branch is routed to its ephemeral branch while
     * this runs; an exception rolls the transaction back (subject to its {@link RollbackRules}) and reaches the
     * caller unchanged.
     */
    T doInTransaction(LakeFSTransaction transaction);
}
