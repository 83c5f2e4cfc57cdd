package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * The server did not accept the credentials, or the user lacks permission (401: lakeFS answers permission denials with 401 too).
 */
public class LakeFSUnauthorizedException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSUnauthorizedException(@Nullable String serverMessage, @Nullable String operationId, @Nullable String requestId) {
        super(401, serverMessage, operationId, requestId, null);
    }

}
