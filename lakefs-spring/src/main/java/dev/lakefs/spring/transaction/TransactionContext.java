package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;

/**
 * The transactions open in one thread or one reactive pipeline, innermost first. Immutable: opening a transaction
 * pushes a new context and completing it restores the previous one, so that {@link Propagation#REQUIRES_NEW}
 * suspends an outer transaction simply by shadowing it.
 *
 * @param transaction the innermost open transaction
 * @param outer the transactions it is running inside, or {@code null}
 */
record TransactionContext(ActiveTransaction transaction, @Nullable TransactionContext outer) {

    /** The context with {@code transaction} pushed on top of {@code context} (which may be {@code null}). */
    static TransactionContext push(@Nullable TransactionContext context, ActiveTransaction transaction) {
        return new TransactionContext(transaction, context);
    }

    /** The innermost transaction routing access to {@code branchId} of {@code repositoryId}, or {@code null}. */
    @Nullable ActiveTransaction find(String repositoryId, String branchId) {
        for (TransactionContext context = this; context != null; context = context.outer()) {
            if (context.transaction().routes(repositoryId, branchId)) {
                return context.transaction();
            }
        }
        return null;
    }

    /** {@link #find} on a context that may be {@code null}. */
    static @Nullable ActiveTransaction find(@Nullable TransactionContext context, String repositoryId,
            String branchId) {
        return (context != null) ? context.find(repositoryId, branchId) : null;
    }
}
