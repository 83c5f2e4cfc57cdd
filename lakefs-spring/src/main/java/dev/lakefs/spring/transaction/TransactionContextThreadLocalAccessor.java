package dev.lakefs.spring.transaction;

import io.micrometer.context.ThreadLocalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Lets Micrometer's context propagation restore the open transactions of a reactive pipeline into the thread that
 * runs each operator, so that blocking object access through a source branch inside {@code map}, {@code publishOn}
 * and the like is routed too. Registered through {@code META-INF/services}; it takes effect when Reactor's automatic
 * context propagation is on ({@code Hooks.enableAutomaticContextPropagation()}, or
 * {@code spring.reactor.context-propagation=auto} in Spring Boot) and {@code io.micrometer:context-propagation} is
 * on the class path.
 */
public final class TransactionContextThreadLocalAccessor implements ThreadLocalAccessor<Object> {

    /** The key: the Reactor context key the transactions are stored under. */
    public static final Object KEY = TransactionContextHolder.CONTEXT_KEY;

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public @Nullable Object getValue() {
        return TransactionContextHolder.current();
    }

    @Override
    public void setValue(Object value) {
        TransactionContextHolder.bind((TransactionContext) value);
    }

    @Override
    public void setValue() {
        TransactionContextHolder.bind(null);
    }
}
