package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * What the request names does not exist (404): repository, branch, tag, commit, object or import.
 */
public class LakeFSNotFoundException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSNotFoundException(@Nullable String serverMessage, @Nullable String operationId, @Nullable String requestId) {
        super(404, serverMessage, operationId, requestId, null);
    }

}
