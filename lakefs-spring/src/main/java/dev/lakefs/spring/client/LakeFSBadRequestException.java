package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * The server rejected the request as invalid (400): a name or value breaks its rules, a commit or merge has no changes, a branch is dirty, or the operation is not supported by its object store.
 */
public class LakeFSBadRequestException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSBadRequestException(@Nullable String serverMessage, @Nullable String operationId, @Nullable String requestId) {
        super(400, serverMessage, operationId, requestId, null);
    }

}
