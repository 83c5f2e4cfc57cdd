package dev.lakefs.spring.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;

/**
 * The bytes and properties of an object to upload. The content streams to the server as it is produced; it is
 * never gathered in memory by the client.
 *
 * @param content the bytes; each buffer is released once written
 * @param contentLength the number of bytes, or -1 when unknown (sent chunked)
 * @param repeatable whether {@code content} can be subscribed again and then produces the same bytes, which lets
 * the client retry the upload after a transient failure
 * @param contentType the media type, or null for {@code application/octet-stream}
 * @param metadata the user metadata (sent as {@code X-Lakefs-Meta-*} headers; the server lower-cases keys)
 * @param ifAbsent whether to fail with {@link LakeFSPreconditionFailedException} when the path already exists
 * @param force whether to write even into a read-only repository
 * @param storageClass the object store's storage class, or null
 */
public record ObjectUpload(Publisher<DataBuffer> content, long contentLength, boolean repeatable,
        @Nullable String contentType, Map<String, String> metadata, boolean ifAbsent, boolean force,
        @Nullable String storageClass) {

    private static final int FILE_CHUNK_SIZE = 64 * 1024;

    public ObjectUpload {
        if (contentLength < -1) {
            throw new IllegalArgumentException("contentLength must be -1 (unknown) or more, but was " + contentLength);
        }
        metadata = Map.copyOf(metadata);
    }

    /**
     * Bytes held in memory (repeatable).
     * @param bytes the content
     * @return the upload
     */
    public static ObjectUpload of(byte[] bytes) {
        Flux<DataBuffer> content = Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)));
        return new ObjectUpload(content, bytes.length, true, null, Map.of(), false, false, null);
    }

    /**
     * A file, read in chunks as it is sent (repeatable).
     * @param file the file
     * @return the upload
     */
    public static ObjectUpload of(Path file) {
        try {
            long size = Files.size(file);
            Flux<DataBuffer> content = DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance,
                    FILE_CHUNK_SIZE);
            return new ObjectUpload(content, size, true, null, Map.of(), false, false, null);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the size of " + file, ex);
        }
    }

    /**
     * A stream of buffers that can be consumed only once (not repeatable: the upload is not retried).
     * @param content the bytes
     * @param contentLength the number of bytes, or -1 when unknown
     * @return the upload
     */
    public static ObjectUpload of(Publisher<DataBuffer> content, long contentLength) {
        return new ObjectUpload(content, contentLength, false, null, Map.of(), false, false, null);
    }

    /**
     * A cold stream of buffers that produces the same bytes on every subscription (repeatable: the upload may be
     * retried after a transient failure).
     * @param content the bytes
     * @param contentLength the number of bytes, or -1 when unknown
     * @return the upload
     */
    public static ObjectUpload ofRepeatable(Publisher<DataBuffer> content, long contentLength) {
        return new ObjectUpload(content, contentLength, true, null, Map.of(), false, false, null);
    }

    /**
     * This upload with a media type.
     * @param contentType the media type, or null
     * @return a new upload
     */
    public ObjectUpload withContentType(@Nullable String contentType) {
        return new ObjectUpload(this.content, this.contentLength, this.repeatable, contentType, this.metadata,
                this.ifAbsent, this.force, this.storageClass);
    }

    /**
     * This upload with user metadata.
     * @param metadata the user metadata
     * @return a new upload
     */
    public ObjectUpload withMetadata(Map<String, String> metadata) {
        return new ObjectUpload(this.content, this.contentLength, this.repeatable, this.contentType, metadata,
                this.ifAbsent, this.force, this.storageClass);
    }

    /**
     * This upload, failing when the path already exists ({@code If-None-Match: *}).
     * @param ifAbsent whether to write only when absent
     * @return a new upload
     */
    public ObjectUpload withIfAbsent(boolean ifAbsent) {
        return new ObjectUpload(this.content, this.contentLength, this.repeatable, this.contentType, this.metadata,
                ifAbsent, this.force, this.storageClass);
    }

    /**
     * This upload, writing even into a read-only repository.
     * @param force whether to force the write
     * @return a new upload
     */
    public ObjectUpload withForce(boolean force) {
        return new ObjectUpload(this.content, this.contentLength, this.repeatable, this.contentType, this.metadata,
                this.ifAbsent, force, this.storageClass);
    }

}
