package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * The request conflicts with existing state (409): the repository, branch or tag already exists, a
 * completed import cannot be cancelled, or (as {@link LakeFSMergeConflictException}) changes conflict.
 */
public class LakeFSConflictException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSConflictException(@Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId) {
        super(409, serverMessage, operationId, requestId, null);
    }

    /**
     * Creates an exception with its own message.
     * @param message the exception message
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    protected LakeFSConflictException(String message, @Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId) {
        super(message, 409, serverMessage, operationId, requestId, null);
    }

}
