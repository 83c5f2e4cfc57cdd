package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * The endpoint answered something that is not the lakeFS API, such as the lakeFS web UI's HTML: the endpoint
 * probably lacks {@code /api/v1} or points at another server.
 */
public class LakeFSInvalidEndpointException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     * @param message what was wrong with the answer
     * @param status the HTTP status of the answer
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSInvalidEndpointException(String message, int status, @Nullable String operationId,
            @Nullable String requestId) {
        super(message, status, null, operationId, requestId, null);
    }

}
