package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * How {@code getObject} reads an object.
 *
 * @param range the byte range to read, or null for all of it
 * @param ifNoneMatch an ETag: when the object still has it, the answer is "not modified" with no body; or null
 * @param presign whether to read through a presigned URL of the object store (the server redirects; the client
 * follows without sending lakeFS credentials)
 */
public record GetObjectOptions(@Nullable ByteRange range, @Nullable String ifNoneMatch, boolean presign) {

    private static final GetObjectOptions DEFAULTS = new GetObjectOptions(null, null, false);

    /**
     * The whole object, through lakeFS.
     * @return the default options
     */
    public static GetObjectOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A byte range, through lakeFS.
     * @param range the byte range
     * @return the options
     */
    public static GetObjectOptions range(@Nullable ByteRange range) {
        return new GetObjectOptions(range, null, false);
    }

    /**
     * These options reading through a presigned URL, or not.
     * @param presign whether to use a presigned URL
     * @return new options
     */
    public GetObjectOptions withPresign(boolean presign) {
        return new GetObjectOptions(this.range, this.ifNoneMatch, presign);
    }

    /**
     * These options with an {@code If-None-Match} ETag.
     * @param etag the ETag (quoted or not), or null
     * @return new options
     */
    public GetObjectOptions withIfNoneMatch(@Nullable String etag) {
        return new GetObjectOptions(this.range, etag, this.presign);
    }

}
