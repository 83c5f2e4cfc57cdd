package dev.lakefs.embedded.http;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A lakeFS API error: its status and message become the response {@code {"message": ...}} (or a custom body, for
 * the few operations whose errors have another shape). Thrown anywhere below the dispatcher.
 */
public class ApiException extends RuntimeException {

    private final int status;

    private final @Nullable Object body;

    private final Map<String, String> headers;

    public ApiException(int status, String message) {
        this(status, message, null, Map.of());
    }

    public ApiException(int status, String message, @Nullable Object body, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return this.status;
    }

    /** The response body, {@code Error{message}} unless the operation answers another shape. */
    public Object body() {
        return (this.body != null) ? this.body : new ErrorBody(getMessage());
    }

    /** Extra response headers, e.g. {@code Content-Range} on a 416. */
    public Map<String, String> headers() {
        return this.headers;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    public static ApiException gone(String message) {
        return new ApiException(410, message);
    }

    public static ApiException preconditionFailed(String message) {
        return new ApiException(412, message);
    }

    public static ApiException notImplemented(String message) {
        return new ApiException(501, message);
    }

    /** lakeFS's {@code Error} model. */
    public record ErrorBody(String message) {
    }
}
