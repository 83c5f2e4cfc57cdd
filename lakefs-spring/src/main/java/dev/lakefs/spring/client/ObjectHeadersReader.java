package dev.lakefs.spring.client;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Reads what the headers of an object answer say: length, total size (from {@code Content-Range} for ranges),
 * media type, ETag and modification time.
 */
final class ObjectHeadersReader {

    private ObjectHeadersReader() {
    }

    static ObjectHeaders read(int status, HttpHeaders headers) {
        long contentLength = headers.getContentLength();
        MediaType contentType = headers.getContentType();
        long lastModified = headers.getLastModified();
        return new ObjectHeaders(status, contentLength, totalSize(status, contentLength, headers),
                (contentType != null) ? contentType.toString() : null, unquote(headers.getETag()),
                (lastModified != -1) ? Instant.ofEpochMilli(lastModified) : null);
    }

    static long totalSize(int status, long contentLength, HttpHeaders headers) {
        String contentRange = headers.getFirst(HttpHeaders.CONTENT_RANGE);
        if (contentRange != null) {
            int slash = contentRange.lastIndexOf('/');
            if (slash != -1 && !contentRange.endsWith("*")) {
                try {
                    return Long.parseLong(contentRange.substring(slash + 1).strip());
                }
                catch (NumberFormatException ex) {
                    return -1;
                }
            }
            return -1;
        }
        return (status == 200) ? contentLength : -1;
    }

    static @Nullable String unquote(@Nullable String etag) {
        if (etag == null) {
            return null;
        }
        String value = etag.startsWith("W/") ? etag.substring(2) : etag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

}
