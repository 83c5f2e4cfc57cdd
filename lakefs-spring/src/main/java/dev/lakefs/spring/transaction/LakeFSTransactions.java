package dev.lakefs.spring.transaction;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Static access to the transaction the current code runs in. */
public final class LakeFSTransactions {

    private LakeFSTransactions() {
    }

    /**
     * The innermost transaction open in this thread.
     * @throws IllegalTransactionStateException when there is none
     */
    public static LakeFSTransaction current() {
        return currentIfAny().orElseThrow(
                () -> new IllegalTransactionStateException("No lakeFS transaction is open in this thread"));
    }

    /** The innermost transaction open in this thread, if any. */
    public static Optional<LakeFSTransaction> currentIfAny() {
        TransactionContext context = TransactionContextHolder.current();
        return Optional.ofNullable((context != null) ? context.transaction() : null);
    }

    /** The innermost transaction open in this thread on {@code repositoryId}/{@code branchId}, if any. */
    public static Optional<LakeFSTransaction> currentIfAny(String repositoryId, String branchId) {
        return Optional.ofNullable(TransactionContext.find(TransactionContextHolder.current(), repositoryId, branchId));
    }

    /** The innermost transaction of the subscribing reactive pipeline; empty when there is none. */
    public static Mono<LakeFSTransaction> reactiveCurrent() {
        return Mono.deferContextual((context) -> Mono
            .justOrEmpty(transactionOf(TransactionContextHolder.fromReactorContext(context))));
    }

    private static @Nullable LakeFSTransaction transactionOf(@Nullable TransactionContext context) {
        return (context != null) ? context.transaction() : null;
    }
}
