package dev.lakefs.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import dev.lakefs.spring.client.model.AuthenticationToken;
import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.CherryPickCreation;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.Config;
import dev.lakefs.spring.client.model.CurrentUser;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.DiffRefsType;
import dev.lakefs.spring.client.model.FindMergeBaseResult;
import dev.lakefs.spring.client.model.ImportCreation;
import dev.lakefs.spring.client.model.ImportCreationResponse;
import dev.lakefs.spring.client.model.ImportStatus;
import dev.lakefs.spring.client.model.Merge;
import dev.lakefs.spring.client.model.MergeResult;
import dev.lakefs.spring.client.model.ObjectCopyCreation;
import dev.lakefs.spring.client.model.ObjectErrorList;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.RefInfo;
import dev.lakefs.spring.client.model.RepositoryCreation;
import dev.lakefs.spring.client.model.RepositoryProperties;
import dev.lakefs.spring.client.model.ResetCreation;
import dev.lakefs.spring.client.model.RevertCreation;
import dev.lakefs.spring.client.model.SetupState;
import dev.lakefs.spring.client.model.StagingLocation;
import dev.lakefs.spring.client.model.StagingMetadata;
import dev.lakefs.spring.client.model.StorageConfig;
import dev.lakefs.spring.client.model.TagCreation;
import dev.lakefs.spring.client.model.VersionConfig;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The lakeFS REST API, one reactive method per operation, named after the operation's OpenAPI operationId.
 * <p>
 * Nothing happens until a returned publisher is subscribed; each subscription sends the request again. Lists are
 * lazy {@link Flux}es that fetch pages as they are consumed. Failures are {@link LakeFSException}s keyed by
 * status; transient ones are retried as configured by {@link RetrySettings}, never repeating a request that the
 * server may already have applied unless the operation is idempotent. Create one with {@link #builder()}; a
 * client is thread-safe and meant to be shared.
 */
public interface LakeFSClient {

    /**
     * Starts building a client.
     * @return a new builder
     */
    static Builder builder() {
        return new DefaultLakeFSClientBuilder();
    }

    /**
     * The normalised API endpoint this client talks to, e.g. {@code http://localhost:8000/api/v1}.
     * @return the endpoint
     */
    URI endpoint();

    // ---- health, configuration, authentication

    /**
     * Checks that the server is up ({@code GET /healthcheck}, no authentication).
     * @return completes when the server answered 204
     */
    Mono<Void> healthCheck();

    /**
     * The server's configuration: version and object store(s).
     * @return the configuration
     */
    Mono<Config> getConfig();

    /**
     * The server's version (deprecated by lakeFS in favour of {@link #getConfig()}).
     * @return the version
     */
    Mono<VersionConfig> getLakeFSVersion();

    /**
     * The server's object store (deprecated by lakeFS in favour of {@link #getConfig()}).
     * @return the storage configuration
     */
    Mono<StorageConfig> getStorageConfig();

    /**
     * Exchanges an access key for a JWT, usable with {@link Builder#bearerToken(String)}.
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @return the token
     */
    Mono<AuthenticationToken> login(String accessKeyId, String secretAccessKey);

    /**
     * The user this client's credentials belong to: a cheap way to check them.
     * @return the current user
     */
    Mono<CurrentUser> getCurrentUser();

    /**
     * Whether the installation has been set up (no authentication needed).
     * @return the setup state
     */
    Mono<SetupState> getSetupState();

    // ---- repositories

    /**
     * Lists repositories, lazily.
     * @param options prefix, start, page size and cap
     * @return the repositories, sorted by id
     */
    Flux<RepositoryProperties> listRepositories(ListOptions options);

    /**
     * Lists all repositories, lazily.
     * @return the repositories, sorted by id
     */
    default Flux<RepositoryProperties> listRepositories() {
        return listRepositories(ListOptions.defaults());
    }

    /**
     * Creates a repository with its first commit and default branch.
     * @param creation the repository to create
     * @return the created repository; fails with {@link LakeFSConflictException} when it exists
     */
    default Mono<RepositoryProperties> createRepository(RepositoryCreation creation) {
        return createRepository(creation, false);
    }

    /**
     * Creates a repository.
     * @param creation the repository to create
     * @param bare whether to create it without a first commit or branch (and without checking the namespace)
     * @return the created repository
     */
    Mono<RepositoryProperties> createRepository(RepositoryCreation creation, boolean bare);

    /**
     * Reads a repository.
     * @param repository the repository id
     * @return the repository; fails with {@link LakeFSNotFoundException} when missing
     */
    Mono<RepositoryProperties> getRepository(String repository);

    /**
     * Deletes a repository.
     * @param repository the repository id
     * @param force whether to delete it even when read-only
     * @return completes when deleted
     */
    Mono<Void> deleteRepository(String repository, boolean force);

    /**
     * Reads a repository's metadata (e.g. {@code .lakefs.last.import.timestamp}).
     * @param repository the repository id
     * @return the metadata
     */
    Mono<Map<String, String>> getRepositoryMetadata(String repository);

    /**
     * Adds or replaces repository metadata keys; other keys are kept.
     * @param repository the repository id
     * @param metadata the keys and values to set
     * @return completes when set
     */
    Mono<Void> setRepositoryMetadata(String repository, Map<String, String> metadata);

    /**
     * Removes repository metadata keys.
     * @param repository the repository id
     * @param keys the keys to remove
     * @return completes when removed
     */
    Mono<Void> deleteRepositoryMetadata(String repository, List<String> keys);

    // ---- branches

    /**
     * Lists branches, lazily.
     * @param repository the repository id
     * @param options prefix, start, page size and cap
     * @param showHidden whether to include hidden branches
     * @return the branches, sorted by id
     */
    Flux<RefInfo> listBranches(String repository, ListOptions options, boolean showHidden);

    /**
     * Lists the visible branches, lazily.
     * @param repository the repository id
     * @return the branches, sorted by id
     */
    default Flux<RefInfo> listBranches(String repository) {
        return listBranches(repository, ListOptions.defaults(), false);
    }

    /**
     * Creates a branch.
     * @param repository the repository id
     * @param creation the branch and its source
     * @return the commit id the new branch points at
     */
    Mono<String> createBranch(String repository, BranchCreation creation);

    /**
     * Reads a branch.
     * @param repository the repository id
     * @param branch the branch id
     * @return the branch and its head commit
     */
    Mono<RefInfo> getBranch(String repository, String branch);

    /**
     * Deletes a branch (not the default one).
     * @param repository the repository id
     * @param branch the branch id
     * @param force whether to delete it even in a read-only repository
     * @return completes when deleted
     */
    Mono<Void> deleteBranch(String repository, String branch, boolean force);

    /**
     * Discards uncommitted changes of a branch: one object, a prefix, or all.
     * @param repository the repository id
     * @param branch the branch id
     * @param reset what to discard
     * @return completes when discarded
     */
    Mono<Void> resetBranch(String repository, String branch, ResetCreation reset);

    /**
     * Points a clean branch at another commit, dropping the commits in between from it.
     * @param repository the repository id
     * @param branch the branch id
     * @param ref the reference to point at
     * @param force whether to do so even in a read-only repository
     * @return completes when done
     */
    Mono<Void> hardResetBranch(String repository, String branch, String ref, boolean force);

    /**
     * Commits the inverse of a commit onto a branch.
     * @param repository the repository id
     * @param branch the branch id
     * @param revert the commit to revert
     * @return completes when committed
     */
    Mono<Void> revertBranch(String repository, String branch, RevertCreation revert);

    /**
     * Applies the changes of a commit onto a branch, as a new commit.
     * @param repository the repository id
     * @param branch the branch id
     * @param cherryPick the commit to apply
     * @return the new commit
     */
    Mono<Commit> cherryPick(String repository, String branch, CherryPickCreation cherryPick);

    // ---- commits

    /**
     * Commits a branch's uncommitted changes (observed as {@code lakefs.commit}).
     * @param repository the repository id
     * @param branch the branch id
     * @param creation message, metadata and options
     * @return the new commit; fails with {@link LakeFSBadRequestException} when there are no changes
     */
    Mono<Commit> commit(String repository, String branch, CommitCreation creation);

    /**
     * Reads a commit.
     * @param repository the repository id
     * @param commitId a commit id or any reference expression ({@code main}, {@code v1~2})
     * @return the commit
     */
    Mono<Commit> getCommit(String repository, String commitId);

    /**
     * Walks the commit log of a reference, newest first, lazily.
     * @param repository the repository id
     * @param ref the reference to start from
     * @param options filters, page size and cap
     * @return the commits
     */
    Flux<Commit> logCommits(String repository, String ref, LogOptions options);

    /**
     * Walks the whole commit log of a reference, newest first, lazily.
     * @param repository the repository id
     * @param ref the reference to start from
     * @return the commits
     */
    default Flux<Commit> logCommits(String repository, String ref) {
        return logCommits(repository, ref, LogOptions.defaults());
    }

    // ---- diff and merge

    /**
     * Lists a branch's uncommitted changes, lazily.
     * @param repository the repository id
     * @param branch the branch id
     * @param options prefix, delimiter, start, page size and cap
     * @return the changes, sorted by path
     */
    Flux<Diff> diffBranch(String repository, String branch, ListOptions options);

    /**
     * Lists the committed differences between two references, lazily.
     * @param repository the repository id
     * @param leftRef the base side
     * @param rightRef the compared side
     * @param options prefix, delimiter, start, page size and cap
     * @param type three-dot (since the merge base) or two-dot
     * @param includeRightStats whether to include the right side's object properties
     * @return the differences, sorted by path
     */
    Flux<Diff> diffRefs(String repository, String leftRef, String rightRef, ListOptions options, DiffRefsType type,
            boolean includeRightStats);

    /**
     * Lists the committed changes of {@code rightRef} since its merge base with {@code leftRef}, lazily.
     * @param repository the repository id
     * @param leftRef the base side
     * @param rightRef the compared side
     * @return the differences, sorted by path
     */
    default Flux<Diff> diffRefs(String repository, String leftRef, String rightRef) {
        return diffRefs(repository, leftRef, rightRef, ListOptions.defaults(), DiffRefsType.THREE_DOT, false);
    }

    /**
     * Merges a reference into a branch (observed as {@code lakefs.merge}). A merge always creates a commit.
     * @param repository the repository id
     * @param sourceRef the reference to merge
     * @param destinationBranch the branch to merge into
     * @param merge message, metadata, strategy and options
     * @return the merge commit id; fails with {@link LakeFSMergeConflictException} on conflicts
     */
    Mono<MergeResult> mergeIntoBranch(String repository, String sourceRef, String destinationBranch, Merge merge);

    /**
     * Finds the merge base of a reference and a branch.
     * @param repository the repository id
     * @param sourceRef the source reference
     * @param destinationBranch the destination branch
     * @return the commits involved, as the server labels them
     */
    Mono<FindMergeBaseResult> findMergeBase(String repository, String sourceRef, String destinationBranch);

    // ---- tags

    /**
     * Lists tags, lazily.
     * @param repository the repository id
     * @param options prefix, start, page size and cap
     * @return the tags, sorted by id
     */
    Flux<RefInfo> listTags(String repository, ListOptions options);

    /**
     * Creates a tag.
     * @param repository the repository id
     * @param creation the tag and what it points at
     * @return the tag
     */
    Mono<RefInfo> createTag(String repository, TagCreation creation);

    /**
     * Reads a tag.
     * @param repository the repository id
     * @param tag the tag id
     * @return the tag and its commit
     */
    Mono<RefInfo> getTag(String repository, String tag);

    /**
     * Deletes a tag.
     * @param repository the repository id
     * @param tag the tag id
     * @param force whether to delete it even in a read-only repository
     * @return completes when deleted
     */
    Mono<Void> deleteTag(String repository, String tag, boolean force);

    // ---- objects

    /**
     * Checks that the credentials may upload to a path, without uploading (it does not guarantee that an upload
     * will succeed).
     * @param repository the repository id
     * @param branch the branch id
     * @param path the object path
     * @return completes when allowed; fails with {@link LakeFSUnauthorizedException} or
     * {@link LakeFSForbiddenException} otherwise
     */
    Mono<Void> uploadObjectPreflight(String repository, String branch, String path);

    /**
     * Uploads an object to a branch, streaming its content.
     * @param repository the repository id
     * @param branch the branch id
     * @param path the object path
     * @param upload the content and its properties
     * @return the stored object
     */
    Mono<ObjectStats> uploadObject(String repository, String branch, String path, ObjectUpload upload);

    /**
     * Reads an object (or part of it), streaming its content. The body must be consumed or cancelled, else the
     * connection leaks; see {@link ObjectContent}. {@link #getObject(String, String, String, GetObjectOptions,
     * Function)} does that for you.
     * @param repository the repository id
     * @param ref the reference to read from
     * @param path the object path
     * @param options range, {@code If-None-Match} and presign
     * @return the headers and the streamed body
     */
    Mono<ObjectContent> getObject(String repository, String ref, String path, GetObjectOptions options);

    /**
     * Reads an object and hands its content to {@code handler}: the form that cannot leak a connection, since a body
     * the handler does not subscribe to is cancelled when the handler's publisher ends (see
     * {@link ObjectContent#use(Function)}).
     * <pre>{@code
     * Mono<Long> size = client.getObject(repo, "main", "big.parquet", GetObjectOptions.defaults(),
     *         (content) -> Mono.just(content.headers().totalSize())).next();
     * }</pre>
     * @param <T> the handler's element type
     * @param repository the repository id
     * @param ref the reference to read from
     * @param path the object path
     * @param options range, {@code If-None-Match} and presign
     * @param handler reads the headers and, if it wants, the body (releasing the buffers it receives)
     * @return the handler's elements
     */
    default <T> Flux<T> getObject(String repository, String ref, String path, GetObjectOptions options,
            Function<ObjectContent, ? extends Publisher<T>> handler) {
        return getObject(repository, ref, path, options).flatMapMany((content) -> content.use(handler));
    }

    /**
     * Reads an object's bytes, streaming: a shortcut for {@link #getObject} that only keeps the body. The
     * subscriber must release every buffer.
     * @param repository the repository id
     * @param ref the reference to read from
     * @param path the object path
     * @param options range, {@code If-None-Match} and presign
     * @return the bytes
     */
    default Flux<DataBuffer> readObject(String repository, String ref, String path, GetObjectOptions options) {
        return getObject(repository, ref, path, options).flatMapMany(ObjectContent::body);
    }

    /**
     * Reads an object's headers only ({@code HEAD}).
     * @param repository the repository id
     * @param ref the reference to read from
     * @param path the object path
     * @param range a byte range, or null
     * @return the headers; fails with {@link LakeFSNotFoundException} when missing
     */
    Mono<ObjectHeaders> headObject(String repository, String ref, String path, @Nullable ByteRange range);

    /**
     * Reads an object's properties.
     * @param repository the repository id
     * @param ref the reference to read from
     * @param path the object path
     * @param userMetadata whether to include user metadata
     * @param presign whether {@code physicalAddress} should be a presigned HTTP URL
     * @return the object's properties
     */
    Mono<ObjectStats> statObject(String repository, String ref, String path, boolean userMetadata, boolean presign);

    /**
     * Reads an object's properties, with user metadata.
     * @param repository the repository id
     * @param ref the reference to read from
     * @param path the object path
     * @return the object's properties
     */
    default Mono<ObjectStats> statObject(String repository, String ref, String path) {
        return statObject(repository, ref, path, true, false);
    }

    /**
     * Lists objects, lazily: recursively, or grouped into common prefixes with a delimiter.
     * @param repository the repository id
     * @param ref the reference to list
     * @param options prefix, delimiter, start, page size and cap
     * @param userMetadata whether to include user metadata
     * @param presign whether physical addresses should be presigned HTTP URLs
     * @return the objects (and common prefixes), sorted by path
     */
    Flux<ObjectStats> listObjects(String repository, String ref, ListOptions options, boolean userMetadata,
            boolean presign);

    /**
     * Lists objects with their user metadata, lazily.
     * @param repository the repository id
     * @param ref the reference to list
     * @param options prefix, delimiter, start, page size and cap
     * @return the objects (and common prefixes), sorted by path
     */
    default Flux<ObjectStats> listObjects(String repository, String ref, ListOptions options) {
        return listObjects(repository, ref, options, true, false);
    }

    /**
     * Deletes an object from a branch; a missing object is not an error.
     * @param repository the repository id
     * @param branch the branch id
     * @param path the object path
     * @param force whether to delete even in a read-only repository
     * @return completes when deleted
     */
    Mono<Void> deleteObject(String repository, String branch, String path, boolean force);

    /**
     * Deletes up to 1000 objects from a branch; missing objects are not errors.
     * @param repository the repository id
     * @param branch the branch id
     * @param paths the object paths
     * @param force whether to delete even in a read-only repository
     * @return the paths that could not be deleted
     */
    Mono<ObjectErrorList> deleteObjects(String repository, String branch, List<String> paths, boolean force);

    /**
     * Copies an object to a path of a branch.
     * @param repository the repository id
     * @param branch the destination branch id
     * @param destinationPath the destination path
     * @param copy the source object
     * @return the new object
     */
    Mono<ObjectStats> copyObject(String repository, String branch, String destinationPath, ObjectCopyCreation copy);

    /**
     * Replaces an object's user metadata.
     * @param repository the repository id
     * @param branch the branch id
     * @param path the object path
     * @param metadata the new user metadata
     * @return completes when updated
     */
    Mono<Void> updateObjectUserMetadata(String repository, String branch, String path, Map<String, String> metadata);

    // ---- staging (write data directly to the object store, then link it)

    /**
     * Reserves an address in the object store for an object's data.
     * @param repository the repository id
     * @param branch the branch id
     * @param path the object path
     * @param presign whether to include a presigned URL to {@code PUT} the data to
     * @return the staging location
     */
    Mono<StagingLocation> getPhysicalAddress(String repository, String branch, String path, boolean presign);

    /**
     * Links data written to a staging location as an object of a branch.
     * @param repository the repository id
     * @param branch the branch id
     * @param path the object path
     * @param metadata where the data is, its checksum, size and properties
     * @param ifAbsent whether to fail with {@link LakeFSPreconditionFailedException} when the path exists
     * @return the stored object
     */
    Mono<ObjectStats> linkPhysicalAddress(String repository, String branch, String path, StagingMetadata metadata,
            boolean ifAbsent);

    /**
     * Reads a presigned object-store URL (e.g. a presigned {@code physicalAddress}), without lakeFS credentials.
     * @param url the presigned URL
     * @param range a byte range, or null
     * @return the headers and the streamed body
     */
    Mono<ObjectContent> getPresignedObject(URI url, @Nullable ByteRange range);

    /**
     * Writes to a presigned object-store URL (e.g. {@link StagingLocation#presignedUrl()}), without lakeFS
     * credentials, as to a store of unknown type: {@code putPresignedObject(url, upload, "")}.
     * @param url the presigned URL
     * @param upload the content, its length and media type
     * @return the checksum to link: the store's {@code Content-MD5} in hex, else its ETag without quotes; empty
     * when it sent neither
     */
    default Mono<String> putPresignedObject(URI url, ObjectUpload upload) {
        return putPresignedObject(url, upload, "");
    }

    /**
     * Writes to a presigned object-store URL (e.g. {@link StagingLocation#presignedUrl()}), without lakeFS
     * credentials, with what the store requires: {@code Content-Length} and {@code Content-Type} always,
     * {@code x-ms-blob-type: BlockBlob} for {@code azure}. The metadata, if-absent and force of the upload are not
     * sent (they belong to the link).
     * @param url the presigned URL
     * @param upload the content, its length and media type
     * @param blockstoreType the store's {@link StorageConfig#blockstoreType() type}, e.g. {@code s3}, {@code gs},
     * {@code azure}, or empty when unknown
     * @return the checksum to link, as lakeFS's clients take it: the store's {@code Content-MD5} (Azure) decoded to
     * hex, else its ETag without quotes (S3, GCS); empty when it sent neither
     */
    Mono<String> putPresignedObject(URI url, ObjectUpload upload, String blockstoreType);

    // ---- import

    /**
     * Starts importing objects from the object store into a branch.
     * @param repository the repository id
     * @param branch the branch id
     * @param creation the sources and the commit
     * @return the import id
     */
    Mono<ImportCreationResponse> importStart(String repository, String branch, ImportCreation creation);

    /**
     * Reads an import's progress.
     * @param repository the repository id
     * @param branch the branch id
     * @param id the import id
     * @return the status
     */
    Mono<ImportStatus> importStatus(String repository, String branch, String id);

    /**
     * Cancels a running import.
     * @param repository the repository id
     * @param branch the branch id
     * @param id the import id
     * @return completes when cancelled; fails with {@link LakeFSConflictException} when already completed
     */
    Mono<Void> importCancel(String repository, String branch, String id);

    /**
     * Builds a {@link LakeFSClient}. Only the endpoint is required.
     */
    interface Builder {

        /**
         * The lakeFS API endpoint. {@code http://} is added when there is no scheme and {@code /api/v1} when
         * there is no path, so {@code localhost:8000} means {@code http://localhost:8000/api/v1}.
         * @param endpoint the endpoint
         * @return this builder
         */
        Builder endpoint(String endpoint);

        /**
         * Authenticates with an access key (HTTP Basic).
         * @param accessKeyId the access key id
         * @param secretAccessKey the secret access key
         * @return this builder
         */
        Builder credentials(String accessKeyId, String secretAccessKey);

        /**
         * Authenticates with a JWT (e.g. from {@link LakeFSClient#login}); replaces any access key.
         * @param token the token
         * @return this builder
         */
        Builder bearerToken(String token);

        /**
         * The {@link WebClient.Builder} to start from (it is cloned, not changed), so that its filters, codecs
         * and observation settings apply.
         * @param webClientBuilder the builder
         * @return this builder
         */
        Builder webClientBuilder(WebClient.Builder webClientBuilder);

        /**
         * The connector to use instead of the Reactor Netty one this builder makes; the connect and read
         * timeouts, TLS and proxy settings are then the connector's business and ignored here.
         * @param connector the connector
         * @return this builder
         */
        Builder clientConnector(ClientHttpConnector connector);

        /**
         * How long to wait for a connection (default 10 s).
         * @param timeout the connect timeout
         * @return this builder
         */
        Builder connectTimeout(Duration timeout);

        /**
         * How long to wait for the next bytes of an answer before failing (default 60 s).
         * @param timeout the read timeout
         * @return this builder
         */
        Builder readTimeout(Duration timeout);

        /**
         * The trust managers that decide which server certificates to accept (default: the JDK's).
         * @param trustManagerFactory the trust manager factory
         * @return this builder
         */
        Builder trustManagerFactory(TrustManagerFactory trustManagerFactory);

        /**
         * The key managers that provide a client certificate (default: none).
         * @param keyManagerFactory the key manager factory
         * @return this builder
         */
        Builder keyManagerFactory(KeyManagerFactory keyManagerFactory);

        /**
         * An HTTP proxy to connect through.
         * @param proxy the proxy, or null for direct connections
         * @return this builder
         */
        Builder proxy(@Nullable ProxySettings proxy);

        /**
         * How to retry transient failures (default {@link RetrySettings#defaults()}).
         * @param retry the retry settings
         * @return this builder
         */
        Builder retry(RetrySettings retry);

        /**
         * The registry to record observations in: {@code http.client.requests} for every call, and
         * {@code lakefs.commit} and {@code lakefs.merge}.
         * @param registry the registry
         * @return this builder
         */
        Builder observationRegistry(ObservationRegistry registry);

        /**
         * A listener told about object bytes sent and received.
         * @param listener the listener
         * @return this builder
         */
        Builder transferListener(TransferListener listener);

        /**
         * Builds the client.
         * @return the client
         * @throws IllegalStateException when no endpoint was given
         */
        LakeFSClient build();

    }

}
