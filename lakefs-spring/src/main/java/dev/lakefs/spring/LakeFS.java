package dev.lakefs.spring;

import java.util.Objects;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.Config;
import dev.lakefs.spring.client.model.StorageConfig;
import dev.lakefs.spring.client.model.VersionConfig;
import org.jspecify.annotations.Nullable;

/**
 * The high-level, blocking lakeFS API: the Java counterpart of the Python High Level SDK ({@code import lakefs}).
 * <pre>{@code
 * LakeFS lakeFS = LakeFS.of(client);
 * Repository repo = lakeFS.repository("example-repo").create("s3://bucket/repos/example-repo");
 * Branch exp = repo.branch("experiment1").create("main");
 * exp.object("text/sample_data.txt").upload("This is my object data", MediaType.TEXT_PLAIN);
 * Commit commit = exp.commit("Add some data!", Map.of("using", "java"));
 * }</pre>
 * Handles ({@link Repository}, {@link Branch}, {@link Tag}, {@link Ref}, objects) are cheap, immutable and make no
 * request until asked to; names are validated when a handle is made. Calls block the calling thread (do not use
 * them on an event loop: use the reactive {@link #client()} there). A {@code LakeFS} is thread-safe and meant to
 * be shared, like the {@link LakeFSClient} it is built on.
 */
public final class LakeFS {

    private final LakeFSClient client;

    private final LakeFSOptions options;

    private final RepositoryStorage storage;

    private final ObjectTransfer transfer;

    private LakeFS(LakeFSClient client, LakeFSOptions options, RepositoryStorage storage) {
        this.client = client;
        this.options = options;
        this.storage = storage;
        this.transfer = new ObjectTransfer(this);
    }

    /**
     * The high-level API over a client, with the {@link LakeFSOptions#defaults() default options}.
     * @param client the low-level client
     * @return this lakeFS
     */
    public static LakeFS of(LakeFSClient client) {
        return of(client, LakeFSOptions.defaults());
    }

    /**
     * The high-level API over a client, with options.
     * @param client the low-level client
     * @param options the options
     * @return this lakeFS
     */
    public static LakeFS of(LakeFSClient client, LakeFSOptions options) {
        return new LakeFS(Objects.requireNonNull(client, "client"), Objects.requireNonNull(options, "options"),
                new RepositoryStorage(client));
    }

    /**
     * A {@code LakeFS} on the same client with other options, e.g. {@code lakeFS.withOptions(lakeFS.options().withPreSign(ALWAYS))}.
     * @param options the options
     * @return this lakeFS
     */
    public LakeFS withOptions(LakeFSOptions options) {
        return new LakeFS(this.client, Objects.requireNonNull(options, "options"), this.storage);
    }

    /**
     * The reactive client this API is built on.
     * @return the client
     */
    public LakeFSClient client() {
        return this.client;
    }

    /**
     * The options in effect.
     * @return the options
     */
    public LakeFSOptions options() {
        return this.options;
    }

    /**
     * A handle on a repository; no request is made.
     * @param repositoryId the repository id, validated against {@value LakeFSNames#REPOSITORY_ID_PATTERN}
     * @return the repository handle
     * @throws InvalidNameException when the id breaks lakeFS's naming rule
     */
    public Repository repository(String repositoryId) {
        return new Repository(this, LakeFSNames.requireRepositoryId(repositoryId), null);
    }

    /**
     * All repositories, lazily, sorted by id.
     * @return the lazy listing
     */
    public Listing<Repository> repositories() {
        return repositories(ListOptions.defaults());
    }

    /**
     * Repositories, lazily: prefix, start, page size and cap from the options.
     * @param options the options
     * @return the lazy listing
     */
    public Listing<Repository> repositories(ListOptions options) {
        return Listing.of(this.client.listRepositories(options)
            .map((properties) -> new Repository(this, properties.id(), properties)));
    }

    /**
     * The server's configuration: its version and object store(s).
     * @return the configuration
     */
    public Config config() {
        return Blocking.get(this.client.getConfig());
    }

    /**
     * The server's version, e.g. {@code 1.84.0}.
     * @return the version
     */
    public String serverVersion() {
        VersionConfig version = Blocking.get(this.client.getLakeFSVersion());
        return (version.version() != null) ? version.version() : "unknown";
    }

    ObjectTransfer transfer() {
        return this.transfer;
    }

    /**
     * Whether object data of a repository goes through presigned object-store URLs under these options, when a
     * call does not choose: with {@link LakeFSOptions.PreSign#AUTO AUTO}, when the store the repository's data lives
     * in reports {@code pre_sign_support} (asked once). Tells which path uploads and reads take; their results are
     * the same either way (see docs/objects-and-streaming.md).
     * @param repositoryId the repository
     * @return true for presigned URLs, false for transfers through lakeFS
     */
    public boolean preSigns(String repositoryId) {
        return preSign(null, LakeFSNames.requireRepositoryId(repositoryId));
    }

    /** Whether object data should go through presigned URLs, given an explicit per-call choice or {@code null}. */
    boolean preSign(@Nullable Boolean perCall, String repository) {
        if (perCall != null) {
            return perCall;
        }
        return switch (this.options.preSign()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> {
                StorageConfig store = this.storage.of(repository);
                yield store != null && store.preSignSupport();
            }
        };
    }

    /** The type of the store a repository's data lives in ({@code s3}, {@code gs}, {@code azure}...), or empty. */
    String blockstoreType(String repository) {
        StorageConfig store = this.storage.of(repository);
        return (store != null) ? store.blockstoreType() : "";
    }

    @Override
    public String toString() {
        return "LakeFS[" + this.client.endpoint() + "]";
    }
}
