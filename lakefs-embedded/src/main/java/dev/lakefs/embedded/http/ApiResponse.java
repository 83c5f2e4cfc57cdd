package dev.lakefs.embedded.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lakefs.embedded.storage.Blob;
import org.jspecify.annotations.Nullable;

/**
 * What a handler answers: a status, headers and an optional body (bytes, or a range of a blob streamed out).
 */
public final class ApiResponse {

    private final int status;

    private final Map<String, String> headers = new LinkedHashMap<>();

    private final byte @Nullable [] bytes;

    private final @Nullable Blob blob;

    private final long offset;

    private final long length;

    private ApiResponse(int status, byte @Nullable [] bytes, @Nullable Blob blob, long offset, long length) {
        this.status = status;
        this.bytes = bytes;
        this.blob = blob;
        this.offset = offset;
        this.length = length;
    }

    /** A JSON body with lakeFS's JSON headers. */
    public static ApiResponse json(int status, Object value) {
        byte[] bytes = Json.write(value);
        return new ApiResponse(status, bytes, null, 0, bytes.length).header("Content-Type", "application/json")
            .header("X-Content-Type-Options", "nosniff");
    }

    /** Only a status, as lakeFS writes for bodiless successes. */
    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, null, 0, 0);
    }

    /** A plain-text body (createBranch's raw commit id). */
    public static ApiResponse text(int status, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ApiResponse(status, bytes, null, 0, bytes.length).header("Content-Type",
                "text/plain; charset=utf-8");
    }

    /** A body of bytes with its media type (the S3 gateway's XML). */
    public static ApiResponse bytes(int status, byte[] bytes, String contentType) {
        return new ApiResponse(status, bytes, null, 0, bytes.length).header("Content-Type", contentType);
    }

    /** {@code length} bytes of a blob from {@code offset}, streamed when written. */
    public static ApiResponse blob(int status, Blob blob, long offset, long length) {
        return new ApiResponse(status, null, blob, offset, length);
    }

    /** A 302 to {@code location}. */
    public static ApiResponse redirect(String location) {
        return empty(302).header("Location", location);
    }

    public ApiResponse header(String name, String value) {
        this.headers.put(name, value);
        return this;
    }

    public int status() {
        return this.status;
    }

    public Map<String, String> headers() {
        return this.headers;
    }

    /** Whether there is a body to send (a zero-length blob range still is one). */
    public boolean hasBody() {
        return this.bytes != null || this.blob != null;
    }

    public long contentLength() {
        return this.length;
    }

    /** Writes at most {@code limit} bytes of the body. */
    public void writeBody(OutputStream out, long limit) throws IOException {
        long toWrite = Math.min(limit, this.length);
        if (this.bytes != null) {
            out.write(this.bytes, 0, (int) toWrite);
        }
        else if (this.blob != null) {
            try (InputStream in = this.blob.open(this.offset, toWrite)) {
                in.transferTo(out);
            }
        }
    }
}
