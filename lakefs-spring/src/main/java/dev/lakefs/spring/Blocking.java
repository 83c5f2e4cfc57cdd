package dev.lakefs.spring;

import java.io.IOException;
import java.io.UncheckedIOException;

import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

/**
 * How the blocking API waits for the reactive client. lakeFS exceptions are unchecked and come out as they are;
 * an {@link IOException} (e.g. from an upload's source stream) comes out as an {@link UncheckedIOException} rather
 * than Reactor's wrapper.
 */
final class Blocking {

    private Blocking() {
    }

    /** The value of a Mono that must produce one. */
    static <T> T get(Mono<T> mono) {
        T value = getOrNull(mono);
        if (value == null) {
            throw new IllegalStateException("lakeFS answered without the expected content");
        }
        return value;
    }

    /** Waits for a Mono to complete, ignoring any value. */
    static void run(Mono<?> mono) {
        getOrNull(mono);
    }

    private static <T> T getOrNull(Mono<T> mono) {
        try {
            return mono.block();
        }
        catch (RuntimeException ex) {
            Throwable cause = Exceptions.unwrap(ex);
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io.getMessage(), io);
            }
            throw ex;
        }
    }
}
