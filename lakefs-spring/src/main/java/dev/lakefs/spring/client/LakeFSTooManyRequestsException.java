package dev.lakefs.spring.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The server asked to slow down (429). Retried by the client as configured by {@link RetrySettings}, waiting at
 * least its {@code Retry-After}; seen only when retries are exhausted.
 */
public class LakeFSTooManyRequestsException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     * @param retryAfter how long the server asked to wait ({@code Retry-After}), or null
     */
    public LakeFSTooManyRequestsException(@Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId, @Nullable Duration retryAfter) {
        super(429, serverMessage, operationId, requestId, null);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked to wait before trying again.
     * @return the {@code Retry-After} delay, or null when it sent none
     */
    public @Nullable Duration getRetryAfter() {
        return this.retryAfter;
    }

}
