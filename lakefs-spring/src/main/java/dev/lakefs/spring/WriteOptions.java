package dev.lakefs.spring;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * How to write an object: the Python SDK's {@code upload}/{@code writer} keyword arguments.
 *
 * @param contentType the object's content type, or {@code null} for {@code application/octet-stream}
 * @param metadata user metadata, sent as {@code X-Lakefs-Meta-<key>} (lakeFS lower-cases the keys)
 * @param ifAbsent only write when nothing exists at the path ({@code If-None-Match: *}); otherwise
 * {@link ObjectExistsException}. The Python SDK's {@code mode='x'}.
 * @param preSign upload through a presigned storage URL ({@code true}), through lakeFS ({@code false}), or as the
 * {@link LakeFSOptions#preSign() client-wide setting} says ({@code null})
 * @param force write even on a read-only repository
 */
public record WriteOptions(@Nullable MediaType contentType, Map<String, String> metadata, boolean ifAbsent,
        @Nullable Boolean preSign, boolean force) {

    private static final WriteOptions DEFAULTS = new WriteOptions(null, Map.of(), false, null, false);

    /** Copies the metadata. */
    public WriteOptions {
        metadata = Map.copyOf(metadata);
    }

    /**
     * Octet-stream, no metadata, overwrite, the client-wide presign setting.
     * @return this writeOptions
     */
    public static WriteOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Options with a content type.
     * @param contentType the content type
     * @return this writeOptions
     */
    public static WriteOptions of(@Nullable MediaType contentType) {
        return DEFAULTS.withContentType(contentType);
    }

    /**
     * These options with a content type.
     * @param contentType the content type
     * @return this writeOptions
     */
    public WriteOptions withContentType(@Nullable MediaType contentType) {
        return new WriteOptions(contentType, this.metadata, this.ifAbsent, this.preSign, this.force);
    }

    /**
     * These options with user metadata.
     * @param metadata the commit metadata
     * @return this writeOptions
     */
    public WriteOptions withMetadata(Map<String, String> metadata) {
        return new WriteOptions(this.contentType, metadata, this.ifAbsent, this.preSign, this.force);
    }

    /**
     * These options writing only when the path is free.
     * @param ifAbsent whether to write only when the path is free
     * @return this writeOptions
     */
    public WriteOptions withIfAbsent(boolean ifAbsent) {
        return new WriteOptions(this.contentType, this.metadata, ifAbsent, this.preSign, this.force);
    }

    /**
     * These options choosing presigned ({@code true}) or direct ({@code false}) upload.
     * @param preSign the presign choice
     * @return this writeOptions
     */
    public WriteOptions withPreSign(@Nullable Boolean preSign) {
        return new WriteOptions(this.contentType, this.metadata, this.ifAbsent, preSign, this.force);
    }

    /**
     * These options forcing the write on a read-only repository.
     * @param force whether to act even on a read-only repository
     * @return this writeOptions
     */
    public WriteOptions withForce(boolean force) {
        return new WriteOptions(this.contentType, this.metadata, this.ifAbsent, this.preSign, force);
    }
}
