package dev.lakefs.embedded;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import dev.lakefs.embedded.api.ImportApi;
import dev.lakefs.embedded.api.LakeFSApi;
import dev.lakefs.embedded.api.PresignedStorageHandler;
import dev.lakefs.embedded.api.Presigner;
import dev.lakefs.embedded.api.ReportedBlockstore;
import dev.lakefs.embedded.api.ServerContext;
import dev.lakefs.embedded.durability.DataDirectory;
import dev.lakefs.embedded.gateway.S3Gateway;
import dev.lakefs.embedded.gateway.signature.SignatureVerifier;
import dev.lakefs.embedded.http.ApiDispatcher;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.Authenticator;
import dev.lakefs.embedded.http.FaultInjector;
import dev.lakefs.embedded.http.HttpTransport;
import dev.lakefs.embedded.http.Json;
import dev.lakefs.embedded.http.RequestRecorder;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.http.Signer;
import dev.lakefs.embedded.http.WorkerPool;
import dev.lakefs.embedded.storage.BlobStore;
import dev.lakefs.embedded.storage.LocalPrefixes;
import dev.lakefs.embedded.versioning.BranchOperations;
import dev.lakefs.embedded.versioning.Names;
import dev.lakefs.embedded.versioning.Repositories;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory server that speaks the lakeFS REST API and, on the same port, lakeFS's S3 gateway (requests carrying
 * an AWS signature, at {@link #url()}). It is not lakeFS: it emulates lakeFS's API (v1.84) closely enough for
 * clients and tests, with no Docker and no real lakeFS. Its state lives in memory, or, with a
 * {@link Builder#dataDirectory(Path) data directory}, survives a stop, a crash and {@code kill -9}.
 *
 * <pre>{@code
 * try (EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().build().start()) {
 *     String endpoint = lakeFS.endpoint(); // http://127.0.0.1:<port>/api/v1
 * }
 * }</pre>
 */
public final class EmbeddedLakeFS implements AutoCloseable {

    /** The lakeFS quickstart access key id, used when no credentials are given. */
    public static final String DEFAULT_ACCESS_KEY_ID = "AKIAIOSFOLQUICKSTART";

    /** The lakeFS quickstart secret access key, used when no credentials are given. */
    public static final String DEFAULT_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /** Blobs up to this size stay on the heap unless configured otherwise. */
    public static final long DEFAULT_SPILL_THRESHOLD = 4L * 1024 * 1024;

    /** How long presigned URLs last unless configured otherwise. */
    public static final Duration DEFAULT_PRESIGN_EXPIRY = Duration.ofMinutes(15);

    private static final int RECORDED_REQUESTS = 1000;

    private static final System.Logger logger = System.getLogger(EmbeddedLakeFS.class.getName());

    private final Builder settings;

    private final FaultInjector faults = new FaultInjector();

    private final RequestRecorder recorder = new RequestRecorder(RECORDED_REQUESTS);

    private final BlobStore blobs;

    private final Repositories repositories;

    private final Authenticator authenticator;

    private final ServerContext context;

    private final ExecutorService background;

    private final ImportApi imports;

    private final Router router;

    private final S3Gateway s3Gateway;

    private @Nullable HttpTransport transport;

    /** The open data directory while started with one. */
    private @Nullable DataDirectory dataDirectory;

    private EmbeddedLakeFS(Builder settings) {
        this.settings = settings;
        Clock clock = Clock.systemUTC();
        Path directory = settings.dataDirectory;
        LocalPrefixes localPrefixes = new LocalPrefixes(settings.allowedLocalPrefixes);
        Signer signer = (directory != null) ? new Signer(DataDirectory.signingKey(directory)) : new Signer();
        this.blobs = (directory != null) ? BlobStore.durable(DataDirectory.objects(directory), localPrefixes)
                : new BlobStore(settings.spillThreshold, null, localPrefixes);
        this.repositories = new Repositories(this.blobs, clock);
        this.authenticator = new Authenticator(settings.accessKeyId, settings.secretAccessKey, signer, clock);
        this.context = new ServerContext(this.repositories, this.blobs, new BranchOperations(clock),
                this.authenticator, new Presigner(signer, clock, settings.presignExpiry, settings.blockstore), clock);
        // Daemon threads that end when idle: the pool needs no shutdown and survives a stop/start.
        this.background = Executors.newCachedThreadPool((runnable) -> {
            Thread thread = new Thread(runnable, "lakefs-embedded-background");
            thread.setDaemon(true);
            return thread;
        });
        this.imports = new ImportApi(this.context, this.background, this.faults);
        this.router = LakeFSApi.router(this.context, this.imports);
        this.s3Gateway = new S3Gateway(this.context,
                new SignatureVerifier(settings.accessKeyId, settings.secretAccessKey, clock));
    }

    /** A builder with the defaults: host {@code 127.0.0.1}, a random free port, the quickstart credentials. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server; returns this. Starting a started server does nothing. With a data directory, its state is
     * read back first.
     * @throws IllegalStateException when another server uses the data directory
     */
    public synchronized EmbeddedLakeFS start() {
        if (this.transport == null) {
            Path directory = this.settings.dataDirectory;
            if (directory != null) {
                this.dataDirectory = DataDirectory.open(directory, this.repositories, this.blobs, this.authenticator);
            }
            ApiDispatcher dispatcher = new ApiDispatcher(this.router, new PresignedStorageHandler(this.context),
                    this.authenticator, this.faults, this.recorder, this::publicUrl, this.s3Gateway);
            try {
                this.transport = HttpTransport.start(this.settings.host, this.settings.port,
                        this.settings.sslContext, dispatcher, this.settings.maxWorkers, this.settings.headerTimeout);
            }
            catch (RuntimeException ex) {
                closeDataDirectory();
                throw ex;
            }
            this.background.execute(Json::warmUp);
            warnWhenExposedWithQuickstartKeys();
        }
        return this;
    }

    /** Anyone who can reach the server can use lakeFS's published quickstart keys: say so when others can reach it. */
    private void warnWhenExposedWithQuickstartKeys() {
        if (!DEFAULT_ACCESS_KEY_ID.equals(this.settings.accessKeyId)
                || !DEFAULT_SECRET_ACCESS_KEY.equals(this.settings.secretAccessKey) || isLoopback(this.settings.host)) {
            return;
        }
        logger.log(System.Logger.Level.WARNING, "The embedded lakeFS server listens on " + this.settings.host + ":"
                + port() + ", beyond this machine's loopback interface, with lakeFS's public quickstart keys ("
                + DEFAULT_ACCESS_KEY_ID + "): anyone who can reach it can read and change its data. Set your own "
                + "credentials (EmbeddedLakeFS.builder().credentials(...), or --access-key-id and "
                + "--secret-access-key), or listen on 127.0.0.1.");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        }
        catch (UnknownHostException ex) {
            return false;
        }
    }

    /**
     * Stops the server and releases its port. Without a data directory its data is gone (spilled blobs too): started
     * again, it is empty. With one, the data stays there and the directory's lock is released: started again, this
     * server or another one finds it as it was.
     */
    public synchronized void stop() {
        if (this.transport != null) {
            this.transport.stop();
            this.transport = null;
            this.imports.clear();
            this.s3Gateway.clear();
            closeDataDirectory();
        }
    }

    private void closeDataDirectory() {
        DataDirectory directory = this.dataDirectory;
        if (directory != null) {
            directory.close();
            this.dataDirectory = null;
        }
        this.repositories.clear();
        this.blobs.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The bound port (the real one when built with port 0). */
    public int port() {
        return transport().port();
    }

    /**
     * The server root, e.g. {@code http://127.0.0.1:8000} ({@code https://} when TLS is on): the S3 gateway's
     * endpoint.
     */
    public String url() {
        HttpTransport running = transport();
        return running.scheme() + "://" + urlHost(this.settings.host) + ":" + running.port();
    }

    /**
     * The root presigned URLs and redirects point to: the builder's {@link Builder#publicUrl(String) public URL},
     * else {@link #url()}. Never the request's {@code Host} header, which any client can forge.
     */
    public String publicUrl() {
        String configured = this.settings.publicUrl;
        return (configured != null) ? configured : url();
    }

    /** The API base a client uses: {@code url() + "/api/v1"}. */
    public String endpoint() {
        return url() + ApiDispatcher.API_PREFIX;
    }

    /** The host directories {@code local://} imports and links may read; empty by default. */
    public List<String> allowedLocalPrefixes() {
        return this.blobs.localPrefixes().prefixes();
    }

    /** The access key id clients must present. */
    public String accessKeyId() {
        return this.settings.accessKeyId;
    }

    /** The secret access key clients must present. */
    public String secretAccessKey() {
        return this.settings.secretAccessKey;
    }

    /** Fault injection, switchable at run time. */
    public FaultInjection faults() {
        return this.faults;
    }

    /** The server's own object storage (mem://...), e.g. to place import sources. */
    public EmbeddedStorage storage() {
        return this.blobs;
    }

    /** The most recent requests the server received, oldest first (bounded). */
    public List<RecordedRequest> recordedRequests() {
        return this.recorder.snapshot();
    }

    /**
     * Creates a repository directly (no HTTP round trip), with its "Repository created" commit and default branch,
     * in the storage namespace {@code mem://embedded/<id>}. For test setup; clients use the REST API.
     * @return the repository id
     * @throws IllegalStateException when it exists or the branch name is invalid
     */
    public String createRepository(String repositoryId, String defaultBranch) {
        if (this.settings.dataDirectory != null && this.transport == null) {
            throw new IllegalStateException("Start the server before creating repositories: its data directory is "
                    + "read when it starts");
        }
        if (!Names.REPOSITORY.matcher(repositoryId).matches()) {
            throw new IllegalArgumentException("Invalid repository id (" + Names.REPOSITORY.pattern() + "): "
                    + repositoryId);
        }
        try {
            this.repositories.create(repositoryId, "mem://embedded/" + repositoryId + "-" + UUID.randomUUID(),
                    defaultBranch, false, null, false);
        }
        catch (ApiException ex) {
            throw new IllegalStateException("Cannot create repository " + repositoryId + ": " + ex.getMessage());
        }
        return repositoryId;
    }

    /**
     * Drops every repository, tag, blob, token, multipart upload and recorded request; faults are cleared. With a
     * data directory, its journal and object files go too.
     */
    public synchronized void reset() {
        this.imports.clear();
        this.s3Gateway.clear();
        this.repositories.clear();
        this.blobs.clear();
        long tokensFrom = this.authenticator.revokeTokens();
        DataDirectory directory = this.dataDirectory;
        if (directory != null) {
            directory.reset(tokensFrom);
        }
        this.recorder.clear();
        this.faults.clear();
    }

    @Override
    public String toString() {
        HttpTransport running = this.transport;
        return "EmbeddedLakeFS[" + ((running != null) ? url() : "stopped") + "]";
    }

    private HttpTransport transport() {
        HttpTransport running = this.transport;
        if (running == null) {
            throw new IllegalStateException("The embedded lakeFS server is not started");
        }
        return running;
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Builds an {@link EmbeddedLakeFS}. */
    public static final class Builder {

        private String host = "127.0.0.1";

        private int port;

        private String accessKeyId = DEFAULT_ACCESS_KEY_ID;

        private String secretAccessKey = DEFAULT_SECRET_ACCESS_KEY;

        private @Nullable Path dataDirectory;

        private long spillThreshold = DEFAULT_SPILL_THRESHOLD;

        private @Nullable SSLContext sslContext;

        private Duration presignExpiry = DEFAULT_PRESIGN_EXPIRY;

        private ReportedBlockstore blockstore = ReportedBlockstore.MEM;

        private @Nullable String publicUrl;

        private List<String> allowedLocalPrefixes = List.of();

        private int maxWorkers = WorkerPool.DEFAULT_MAX_WORKERS;

        private Duration headerTimeout = WorkerPool.DEFAULT_HEADER_TIMEOUT;

        private Builder() {
        }

        /** The address to bind, {@code 127.0.0.1} by default ({@code 0.0.0.0} for every interface). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port to bind; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be within [0, 65535]: " + port);
            }
            this.port = port;
            return this;
        }

        /** The only key pair the server accepts. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            this.accessKeyId = accessKeyId;
            this.secretAccessKey = secretAccessKey;
            return this;
        }

        /**
         * Where the server keeps its state, so that it survives a stop, a crash or a {@code kill -9}: repositories,
         * commits, branches, tags, staged changes, metadata, branch protection, objects (all on disk; the spill
         * threshold does not apply) and the key that signs login tokens and presigned URLs. It is read when the
         * server starts, and locked while it runs: a second server on it is refused. Unset (the default), the state
         * lives in memory and is gone on stop, large objects spilling to a temp directory.
         */
        public Builder dataDirectory(@Nullable Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /**
         * Blobs larger than this many bytes are written to a temp directory instead of the heap (with a data
         * directory, every blob is on disk).
         */
        public Builder spillThreshold(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("spill threshold must not be negative: " + bytes);
            }
            this.spillThreshold = bytes;
            return this;
        }

        /** Serve HTTPS with this context instead of HTTP. */
        public Builder https(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /** How long presigned URLs stay valid. */
        public Builder presignExpiry(Duration expiry) {
            if (expiry.isNegative() || expiry.isZero()) {
                throw new IllegalArgumentException("presign expiry must be positive: " + expiry);
            }
            this.presignExpiry = expiry;
            return this;
        }

        /**
         * The root clients reach the server at, e.g. {@code https://lakefs.example.com} behind a proxy: presigned
         * URLs and redirects are built from it. Unset, they use the address the server listens on
         * ({@link EmbeddedLakeFS#url()}); the request's {@code Host} header is never used.
         * @throws IllegalArgumentException unless an absolute http(s) URL with a host and no query
         */
        public Builder publicUrl(@Nullable String url) {
            if (url == null) {
                this.publicUrl = null;
                return this;
            }
            checkHttpUrl(url, "public URL");
            this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return this;
        }

        private static void checkHttpUrl(String url, String what) {
            URI uri;
            try {
                uri = new URI(url);
            }
            catch (URISyntaxException ex) {
                throw new IllegalArgumentException(what + " is not a URL: " + url, ex);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(what + " must be http(s)://host[:port][/path]: " + url);
            }
        }

        /**
         * The host directories that {@code local://} imports and links may read, like lakeFS's
         * {@code blockstore.local.allowed_external_prefixes}: absolute paths, matched as string prefixes (end a
         * directory with {@code /}). None by default: the server then reads no host file, and an import or link of a
         * {@code local://} address is refused with 403.
         * @throws IllegalArgumentException when a prefix is not an absolute path
         */
        public Builder allowedLocalPrefixes(String... prefixes) {
            this.allowedLocalPrefixes = new LocalPrefixes(List.of(prefixes)).prefixes();
            return this;
        }

        /**
         * The most requests served at once (256 by default); past it, a request is answered 503 with
         * {@code Retry-After}, or its connection is closed when even that cannot be done at once.
         */
        public Builder maxWorkers(int workers) {
            if (workers < 1) {
                throw new IllegalArgumentException("max workers must be positive: " + workers);
            }
            this.maxWorkers = workers;
            return this;
        }

        /**
         * The time a client has to send a request's line and headers once it has started (10 seconds by default);
         * past it, the connection is closed. Bodies are not bounded in time: uploads may be slow.
         */
        public Builder headerTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("header timeout must be positive: " + timeout);
            }
            this.headerTimeout = timeout;
            return this;
        }

        /**
         * For tests of clients against each object store lakeFS supports: the server reports {@code blockstoreType}
         * ({@code s3}, {@code gs}, {@code azure} or {@code local}) in its storage configuration, and the presigned
         * URLs it hands out (staging uploads, read redirects, stats) point to {@code presignedUrlBase} followed by
         * the physical address without its scheme, where the test runs an HTTP server that plays that store. Data
         * written there is the test server's: reading it through this server (not presigned) answers 410. With
         * no base URL the store supports no presigned URLs, as lakeFS's {@code local} store. Unset, the server
         * reports {@code mem} and serves its presigned URLs itself.
         * @throws IllegalArgumentException on an unknown type or a base URL that is not http(s)://host[:port][/path]
         */
        public Builder reportedBlockstore(String blockstoreType, @Nullable String presignedUrlBase) {
            if (presignedUrlBase != null) {
                checkHttpUrl(presignedUrlBase, "presigned URL base");
            }
            this.blockstore = new ReportedBlockstore(blockstoreType, presignedUrlBase);
            return this;
        }

        /** A server with these settings, not started yet. */
        public EmbeddedLakeFS build() {
            return new EmbeddedLakeFS(this);
        }
    }
}
