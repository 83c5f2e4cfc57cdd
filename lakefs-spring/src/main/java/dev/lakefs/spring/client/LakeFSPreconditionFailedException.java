package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * A precondition failed (412): an if-absent write found the path already present, or a pre-action hook failed.
 */
public class LakeFSPreconditionFailedException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSPreconditionFailedException(@Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId) {
        super(412, serverMessage, operationId, requestId, null);
    }

    /**
     * Creates an exception with its own message, for subclasses that say more precisely what failed.
     * @param message the exception message
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     * @param cause the underlying failure, or null
     */
    protected LakeFSPreconditionFailedException(String message, @Nullable String serverMessage,
            @Nullable String operationId, @Nullable String requestId, @Nullable Throwable cause) {
        super(message, 412, serverMessage, operationId, requestId, cause);
    }

}
