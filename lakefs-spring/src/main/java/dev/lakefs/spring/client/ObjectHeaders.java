package dev.lakefs.spring.client;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the headers of an object read say about it.
 *
 * @param status the HTTP status: 200 for the whole object, 206 for a range, 304 when not modified
 * @param contentLength the length of this answer's body, or -1 when unknown
 * @param totalSize the size of the whole object, or -1 when unknown
 * @param contentType the media type, or null
 * @param etag the ETag without quotes (lakeFS: the content checksum), or null
 * @param lastModified the modification time, or null
 */
public record ObjectHeaders(int status, long contentLength, long totalSize, @Nullable String contentType,
        @Nullable String etag, @Nullable Instant lastModified) {

    /**
     * Whether the server answered "not modified" to an {@code If-None-Match}.
     * @return whether the object still has the given ETag
     */
    public boolean notModified() {
        return this.status == 304;
    }

    /**
     * Whether the answer holds only part of the object.
     * @return whether a range was served
     */
    public boolean partial() {
        return this.status == 206;
    }

}
