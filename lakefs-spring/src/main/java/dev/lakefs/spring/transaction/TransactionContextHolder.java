package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;
import reactor.util.context.ContextView;

/**
 * Where the high-level API asks which branch an operation on a source branch really goes to. While a transaction is
 * open on (repository, branch), object access through that branch is routed to the transaction's ephemeral branch, so
 * code that knows nothing about transactions reads its own writes and becomes transactional by annotation alone.
 * <p>
 * Blocking work finds its transactions bound to the current thread; reactive work finds them in the Reactor
 * {@link ContextView} of its subscription.
 */
public final class TransactionContextHolder {

    private static final ThreadLocal<@Nullable TransactionContext> CURRENT = new ThreadLocal<>();

    /** The Reactor context key under which reactive transactions are bound. */
    static final Class<TransactionContext> CONTEXT_KEY = TransactionContext.class;

    private TransactionContextHolder() {
    }

    /** The branch id that operations on {@code repositoryId}/{@code branchId} should use now, in this thread. */
    public static String routedBranchId(String repositoryId, String branchId) {
        return route(CURRENT.get(), repositoryId, branchId);
    }

    /** The branch id that operations on {@code repositoryId}/{@code branchId} should use in a reactive pipeline. */
    public static String routedBranchId(ContextView context, String repositoryId, String branchId) {
        return route(fromReactorContext(context), repositoryId, branchId);
    }

    private static String route(@Nullable TransactionContext context, String repositoryId, String branchId) {
        ActiveTransaction transaction = TransactionContext.find(context, repositoryId, branchId);
        return (transaction != null) ? transaction.branchId() : branchId;
    }

    static @Nullable TransactionContext current() {
        return CURRENT.get();
    }

    /** Binds {@code context} to this thread and returns what was bound before, for {@link #restore}. */
    static @Nullable TransactionContext bind(@Nullable TransactionContext context) {
        TransactionContext previous = CURRENT.get();
        set(context);
        return previous;
    }

    static void restore(@Nullable TransactionContext previous) {
        set(previous);
    }

    private static void set(@Nullable TransactionContext context) {
        if (context == null) {
            CURRENT.remove();
        }
        else {
            CURRENT.set(context);
        }
    }

    static @Nullable TransactionContext fromReactorContext(ContextView context) {
        return context.getOrDefault(CONTEXT_KEY, null);
    }
}
