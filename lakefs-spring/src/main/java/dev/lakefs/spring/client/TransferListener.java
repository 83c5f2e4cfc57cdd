package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * Told about object bytes as they stream to and from the server (uploads, downloads, presigned transfers), for
 * example to count them in metrics. Called on I/O threads for each chunk: implementations must be fast and
 * must not block. JSON requests and answers are not counted.
 */
public interface TransferListener {

    /** A listener that ignores everything. */
    TransferListener NONE = new TransferListener() {
    };

    /**
     * Some bytes of an object were sent.
     * @param repository the repository, or null for a presigned URL outside lakeFS
     * @param operationId the operation, e.g. {@code uploadObject}
     * @param bytes how many bytes
     */
    default void bytesSent(@Nullable String repository, String operationId, long bytes) {
    }

    /**
     * Some bytes of an object were received.
     * @param repository the repository, or null for a presigned URL outside lakeFS
     * @param operationId the operation, e.g. {@code getObject}
     * @param bytes how many bytes
     */
    default void bytesReceived(@Nullable String repository, String operationId, long bytes) {
    }

}
