package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * A lakeFS call failed. Subclasses say how: the HTTP status the server answered
 * ({@link LakeFSNotFoundException}, {@link LakeFSConflictException}, ...), no answer at all
 * ({@link LakeFSTransportException}), or an answer that is not the lakeFS API
 * ({@link LakeFSInvalidEndpointException}).
 * <p>
 * Carries what is needed to report or correlate the failure: the status, the server's own message, the
 * operation (the lakeFS API's operationId, e.g. {@code commit}) and the request id the server assigned. It never
 * carries credentials.
 */
public class LakeFSException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    private final @Nullable String serverMessage;

    private final @Nullable String operationId;

    private final @Nullable String requestId;

    /**
     * Creates an exception.
     * @param status the HTTP status, or 0 when there was no answer
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     * @param cause the underlying failure, or null
     */
    public LakeFSException(int status, @Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId, @Nullable Throwable cause) {
        this(describe(status, serverMessage, operationId, requestId), status, serverMessage, operationId, requestId,
                cause);
    }

    /**
     * Creates an exception with its own message.
     * @param message the exception message
     * @param status the HTTP status, or 0 when there was no answer
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     * @param cause the underlying failure, or null
     */
    protected LakeFSException(String message, int status, @Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.serverMessage = serverMessage;
        this.operationId = operationId;
        this.requestId = requestId;
    }

    /**
     * The HTTP status the server answered.
     * @return the status, or 0 when there was no answer
     */
    public int getStatus() {
        return this.status;
    }

    /**
     * The server's own message (the {@code message} of its error body).
     * @return the message, or null when there was none
     */
    public @Nullable String getServerMessage() {
        return this.serverMessage;
    }

    /**
     * The lakeFS API operation that failed, named by its operationId (e.g. {@code commit}).
     * @return the operation id, or null when unknown
     */
    public @Nullable String getOperationId() {
        return this.operationId;
    }

    /**
     * The request id the server assigned ({@code X-Request-Id}), to find the request in its logs.
     * @return the request id, or null when the server sent none
     */
    public @Nullable String getRequestId() {
        return this.requestId;
    }

    static String describe(int status, @Nullable String serverMessage, @Nullable String operationId,
            @Nullable String requestId) {
        StringBuilder description = new StringBuilder("lakeFS ");
        description.append((operationId != null) ? operationId : "request").append(" failed");
        if (status != 0) {
            description.append(" with status ").append(status);
        }
        if (serverMessage != null && !serverMessage.isEmpty()) {
            description.append(": ").append(serverMessage);
        }
        if (requestId != null) {
            description.append(" (request id ").append(requestId).append(')');
        }
        return description.toString();
    }

}
