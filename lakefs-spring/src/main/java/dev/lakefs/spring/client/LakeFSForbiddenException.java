package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * The server refused a write (403): a read-only repository without {@code force}, a protected branch, or deleting the default branch.
 */
public class LakeFSForbiddenException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSForbiddenException(@Nullable String serverMessage, @Nullable String operationId, @Nullable String requestId) {
        super(403, serverMessage, operationId, requestId, null);
    }

}
