package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * The requested byte range lies outside the object (416).
 */
public class LakeFSRangeNotSatisfiableException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    private final long objectSize;

    /**
     * Creates an exception.
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     * @param objectSize the size of the object from {@code Content-Range: bytes *}{@code /size}, or -1
     */
    public LakeFSRangeNotSatisfiableException(@Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId, long objectSize) {
        super(416, serverMessage, operationId, requestId, null);
        this.objectSize = objectSize;
    }

    /**
     * The size of the object, as the server reported it with the refusal.
     * @return the size in bytes, or -1 when the server did not say
     */
    public long getObjectSize() {
        return this.objectSize;
    }

}
