package dev.lakefs.spring.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The server (or a gateway in front of it) failed (5xx). Transient ones (502, 503, 504, "branch is currently
 * locked") are retried as configured by {@link RetrySettings} and seen only when retries are exhausted or the
 * operation may not be repeated.
 */
public class LakeFSServerException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    /**
     * Creates an exception.
     * @param status the 5xx status
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     * @param retryAfter how long the server asked to wait ({@code Retry-After}), or null
     */
    public LakeFSServerException(int status, @Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId, @Nullable Duration retryAfter) {
        super(status, serverMessage, operationId, requestId, null);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked to wait before trying again (sometimes sent with 503).
     * @return the {@code Retry-After} delay, or null when it sent none
     */
    public @Nullable Duration getRetryAfter() {
        return this.retryAfter;
    }

}
