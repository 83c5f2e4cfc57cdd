package dev.lakefs.spring.client;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import reactor.core.publisher.Flux;

/**
 * An object being read: its headers, and its bytes as they arrive. The body streams from the connection: it
 * must be subscribed exactly once (or cancelled), and the subscriber must release every buffer it receives
 * ({@link DataBufferUtils#release(DataBuffer)}), else the connection leaks.
 *
 * @param headers what the answer's headers say about the object
 * @param body the bytes, streamed
 */
public record ObjectContent(ObjectHeaders headers, Flux<DataBuffer> body) {
}
