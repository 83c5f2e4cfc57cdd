package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * The object's data is no longer available (410), or the repository is being deleted.
 */
public class LakeFSGoneException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSGoneException(@Nullable String serverMessage, @Nullable String operationId, @Nullable String requestId) {
        super(410, serverMessage, operationId, requestId, null);
    }

}
