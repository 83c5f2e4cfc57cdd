package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * No HTTP answer arrived: the connection could not be made, broke, or timed out. {@link #isRequestSent()}
 * says whether the request may have reached the server, in which case a non-idempotent operation (a commit,
 * a merge) may or may not have been applied: check before repeating it.
 */
public class LakeFSTransportException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    /**
     * Creates an exception.
     * @param message what happened
     * @param requestSent whether the request may have reached the server
     * @param operationId the operation that failed, or null
     * @param cause the underlying I/O failure
     */
    public LakeFSTransportException(String message, boolean requestSent, @Nullable String operationId,
            @Nullable Throwable cause) {
        super(message, 0, null, operationId, null, cause);
        this.requestSent = requestSent;
    }

    /**
     * Whether the request may have reached the server (false only when it certainly did not, e.g. the
     * connection was refused).
     * @return whether the outcome of the request is unknown
     */
    public boolean isRequestSent() {
        return this.requestSent;
    }

}
