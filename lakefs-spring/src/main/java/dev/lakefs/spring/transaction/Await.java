package dev.lakefs.spring.transaction;

import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Waits for the engine's reactive steps on behalf of blocking callers. */
final class Await {

    private Await() {
    }

    /**
     * Waits for {@code mono} and rethrows its error as is; {@code Mono.block()} would add a suppressed exception to
     * it, and the errors here reach the caller of a transaction.
     */
    static <T> @Nullable T result(Mono<T> mono) {
        try {
            return mono.toFuture().get();
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for lakeFS", ex);
        }
    }
}
