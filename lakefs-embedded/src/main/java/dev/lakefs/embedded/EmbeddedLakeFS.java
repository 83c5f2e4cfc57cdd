package dev.lakefs.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.jspecify.annotations.Nullable;

/**
 * An in-memory server that speaks the lakeFS REST API (it is not lakeFS: it emulates its API).
 * <p>
 * CONTRACT STUB: the signatures below are fixed; the implementation replaces the bodies.
 */
public final class EmbeddedLakeFS implements AutoCloseable {

    /** The lakeFS quickstart access key id, used when no credentials are given. */
    public static final String DEFAULT_ACCESS_KEY_ID = "AKIAIOSFOLQUICKSTART";

    /** The lakeFS quickstart secret access key, used when no credentials are given. */
    public static final String DEFAULT_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private EmbeddedLakeFS() {
    }

    /** A builder with the defaults: host {@code 127.0.0.1}, a random free port, the quickstart credentials. */
    public static Builder builder() {
        throw new UnsupportedOperationException("stub");
    }

    /** Starts the server; returns this. */
    public EmbeddedLakeFS start() {
        throw new UnsupportedOperationException("stub");
    }

    /** Stops the server and releases its port and any spilled blobs. */
    public void stop() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void close() {
        stop();
    }

    /** The bound port (the real one when built with port 0). */
    public int port() {
        throw new UnsupportedOperationException("stub");
    }

    /** The server root, e.g. {@code http://127.0.0.1:8000} ({@code https://} when TLS is on). */
    public String url() {
        throw new UnsupportedOperationException("stub");
    }

    /** The API base a client uses: {@code url() + "/api/v1"}. */
    public String endpoint() {
        throw new UnsupportedOperationException("stub");
    }

    public String accessKeyId() {
        throw new UnsupportedOperationException("stub");
    }

    public String secretAccessKey() {
        throw new UnsupportedOperationException("stub");
    }

    /** Fault injection, switchable at run time. */
    public FaultInjection faults() {
        throw new UnsupportedOperationException("stub");
    }

    /** The server's own object storage (mem://...), e.g. to place import sources. */
    public EmbeddedStorage storage() {
        throw new UnsupportedOperationException("stub");
    }

    /** The most recent requests the server received, oldest first (bounded). */
    public List<RecordedRequest> recordedRequests() {
        throw new UnsupportedOperationException("stub");
    }

    /** Drops every repository, tag, blob, token and recorded request; faults are cleared. */
    public void reset() {
        throw new UnsupportedOperationException("stub");
    }

    /** Builds an {@link EmbeddedLakeFS}. */
    public static final class Builder {
        public Builder host(String host) { throw new UnsupportedOperationException("stub"); }
        public Builder port(int port) { throw new UnsupportedOperationException("stub"); }
        public Builder credentials(String accessKeyId, String secretAccessKey) { throw new UnsupportedOperationException("stub"); }
        /** Where blobs above the spill threshold go; a temp directory when unset. */
        public Builder dataDirectory(@Nullable Path directory) { throw new UnsupportedOperationException("stub"); }
        public Builder spillThreshold(long bytes) { throw new UnsupportedOperationException("stub"); }
        /** Serve HTTPS with this context instead of HTTP. */
        public Builder https(SSLContext sslContext) { throw new UnsupportedOperationException("stub"); }
        public Builder presignExpiry(Duration expiry) { throw new UnsupportedOperationException("stub"); }
        public EmbeddedLakeFS build() { throw new UnsupportedOperationException("stub"); }
    }
}
