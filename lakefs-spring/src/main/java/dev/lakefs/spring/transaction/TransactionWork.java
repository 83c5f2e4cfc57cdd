package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;

/** Work the engine runs, which may throw anything (a method invocation); the transaction is {@code null} under {@link Propagation#NEVER}. */
@FunctionalInterface
interface TransactionWork<T extends @Nullable Object> {

    T run(@Nullable LakeFSTransaction transaction) throws Throwable;
}
