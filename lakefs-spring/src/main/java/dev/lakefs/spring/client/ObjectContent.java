package dev.lakefs.spring.client;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * An object being read: its headers, and its bytes as they arrive. The body streams from the connection: it
 * must be subscribed exactly once (or cancelled), and the subscriber must release every buffer it receives
 * ({@link DataBufferUtils#release(DataBuffer)}), else the connection leaks. {@link #use(Function)} (and
 * {@code LakeFSClient.getObject(…, handler)}) keep that rule for you: a body the handler leaves alone is cancelled.
 *
 * @param headers what the answer's headers say about the object
 * @param body the bytes, streamed
 */
public record ObjectContent(ObjectHeaders headers, Flux<DataBuffer> body) {

    /**
     * Hands this content to {@code handler} and, once the handler's publisher ends (completes, fails or is
     * cancelled), cancels the body if the handler never subscribed to it, so the connection is released whatever the
     * handler did. Buffers the handler receives are still its own to release.
     * @param <T> the handler's element type
     * @param handler reads the headers and, if it wants, the body
     * @return the handler's elements
     */
    public <T> Flux<T> use(Function<ObjectContent, ? extends Publisher<T>> handler) {
        AtomicBoolean subscribed = new AtomicBoolean();
        ObjectContent tracked = new ObjectContent(this.headers,
                this.body.doOnSubscribe((subscription) -> subscribed.set(true)));
        return Flux.<T>defer(() -> handler.apply(tracked)).doFinally((signal) -> {
            if (subscribed.compareAndSet(false, true)) {
                // subscribing and cancelling at once lets the transport release (or close) the connection
                this.body.subscribe(DataBufferUtils::release, (error) -> {
                }).dispose();
            }
        });
    }
}
