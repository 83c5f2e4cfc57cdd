package dev.lakefs.spring.client;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The {@link LakeFSClient} on Spring's {@link WebClient}.
 */
final class WebClientLakeFSClient implements LakeFSClient {

    private static final String REPOSITORY = "repository";

    private static final String BRANCH = "branch";

    private static final String REF = "ref";

    private final URI endpoint;

    private final @Nullable Authentication authentication;

    private final LakeFSHttp http;

    private final LakeFSObservations observations;

    WebClientLakeFSClient(URI endpoint, WebClient.Builder apiBuilder, WebClient.Builder storageBuilder,
            @Nullable Authentication authentication, RetrySettings retry, ObservationRegistry observationRegistry,
            TransferListener transferListener) {
        this.endpoint = endpoint;
        this.authentication = authentication;
        LakeFSJson json = new LakeFSJson();
        // Presigned object-store URLs get a client without base URL and, above all, without lakeFS credentials.
        WebClient storage = storageBuilder.build();
        WebClient api = apiBuilder
            .defaultHeaders((headers) -> {
                // A default header rather than one per call: a request with headers of its own makes WebClient
                // build two more header maps (its own, then one merged with these defaults).
                headers.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
                if (authentication != null) {
                    authentication.apply(headers);
                }
            })
            .build();
        this.http = new LakeFSHttp(endpoint, api, storage, json, new ResponseErrors(endpoint, json), retry, transferListener);
        this.observations = new LakeFSObservations(observationRegistry);
    }

    @Override
    public URI endpoint() {
        return this.endpoint;
    }

    // ---- health, configuration, authentication

    @Override
    public Mono<Void> healthCheck() {
        return this.http.execute(call(Operation.HEALTH_CHECK));
    }

    @Override
    public Mono<Config> getConfig() {
        return this.http.retrieve(call(Operation.GET_CONFIG), Config.class);
    }

    @Override
    public Mono<VersionConfig> getLakeFSVersion() {
        return this.http.retrieve(call(Operation.GET_LAKEFS_VERSION), VersionConfig.class);
    }

    @Override
    public Mono<StorageConfig> getStorageConfig() {
        return this.http.retrieve(call(Operation.GET_STORAGE_CONFIG), StorageConfig.class);
    }

    @Override
    public Mono<AuthenticationToken> login(String accessKeyId, String secretAccessKey) {
        return this.http.retrieve(call(Operation.LOGIN).json(new LoginInformation(accessKeyId, secretAccessKey)),
                AuthenticationToken.class);
    }

    @Override
    public Mono<CurrentUser> getCurrentUser() {
        return this.http.retrieve(call(Operation.GET_CURRENT_USER), CurrentUser.class);
    }

    @Override
    public Mono<SetupState> getSetupState() {
        return this.http.retrieve(call(Operation.GET_SETUP_STATE), SetupState.class);
    }

    // ---- repositories

    @Override
    public Flux<RepositoryProperties> listRepositories(ListOptions options) {
        return this.http.paginate(RepositoryProperties.class, options,
                (after, amount) -> paged(call(Operation.LIST_REPOSITORIES), options, after, amount));
    }

    @Override
    public Mono<RepositoryProperties> createRepository(RepositoryCreation creation, boolean bare) {
        return this.http.retrieve(call(Operation.CREATE_REPOSITORY).flag("bare", bare).json(creation),
                RepositoryProperties.class);
    }

    @Override
    public Mono<RepositoryProperties> getRepository(String repository) {
        return this.http.retrieve(call(Operation.GET_REPOSITORY).path(REPOSITORY, repository),
                RepositoryProperties.class);
    }

    @Override
    public Mono<Void> deleteRepository(String repository, boolean force) {
        return this.http.execute(call(Operation.DELETE_REPOSITORY).path(REPOSITORY, repository).flag("force", force));
    }

    @Override
    public Mono<Map<String, String>> getRepositoryMetadata(String repository) {
        return this.http.retrieve(call(Operation.GET_REPOSITORY_METADATA).path(REPOSITORY, repository),
                this.http.mapType());
    }

    @Override
    public Mono<Void> setRepositoryMetadata(String repository, Map<String, String> metadata) {
        return this.http.execute(call(Operation.SET_REPOSITORY_METADATA).path(REPOSITORY, repository)
            .json(new RepositoryMetadataSet(metadata)));
    }

    @Override
    public Mono<Void> deleteRepositoryMetadata(String repository, List<String> keys) {
        return this.http.execute(call(Operation.DELETE_REPOSITORY_METADATA).path(REPOSITORY, repository)
            .json(new RepositoryMetadataKeys(keys)));
    }

    // ---- branches

    @Override
    public Flux<RefInfo> listBranches(String repository, ListOptions options, boolean showHidden) {
        return this.http.paginate(RefInfo.class, options,
                (after, amount) -> paged(call(Operation.LIST_BRANCHES).path(REPOSITORY, repository), options, after,
                        amount)
                    .flag("show_hidden", showHidden));
    }

    @Override
    public Mono<String> createBranch(String repository, BranchCreation creation) {
        return this.http.retrieveText(call(Operation.CREATE_BRANCH).path(REPOSITORY, repository).json(creation));
    }

    @Override
    public Mono<RefInfo> getBranch(String repository, String branch) {
        return this.http.retrieve(call(Operation.GET_BRANCH).path(REPOSITORY, repository).path(BRANCH, branch),
                RefInfo.class);
    }

    @Override
    public Mono<Void> deleteBranch(String repository, String branch, boolean force) {
        return this.http.execute(
                call(Operation.DELETE_BRANCH).path(REPOSITORY, repository).path(BRANCH, branch).flag("force", force));
    }

    @Override
    public Mono<Void> resetBranch(String repository, String branch, ResetCreation reset) {
        return this.http
            .execute(call(Operation.RESET_BRANCH).path(REPOSITORY, repository).path(BRANCH, branch).json(reset));
    }

    @Override
    public Mono<Void> hardResetBranch(String repository, String branch, String ref, boolean force) {
        return this.http.execute(call(Operation.HARD_RESET_BRANCH).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .query(REF, ref)
            .flag("force", force));
    }

    @Override
    public Mono<Void> revertBranch(String repository, String branch, RevertCreation revert) {
        return this.http
            .execute(call(Operation.REVERT_BRANCH).path(REPOSITORY, repository).path(BRANCH, branch).json(revert));
    }

    @Override
    public Mono<Commit> cherryPick(String repository, String branch, CherryPickCreation cherryPick) {
        return this.http.retrieve(
                call(Operation.CHERRY_PICK).path(REPOSITORY, repository).path(BRANCH, branch).json(cherryPick),
                Commit.class);
    }

    // ---- commits

    @Override
    public Mono<Commit> commit(String repository, String branch, CommitCreation creation) {
        return this.observations.observe(LakeFSObservations.COMMIT, repository, this.http.retrieve(
                call(Operation.COMMIT).path(REPOSITORY, repository).path(BRANCH, branch).json(creation),
                Commit.class));
    }

    @Override
    public Mono<Commit> getCommit(String repository, String commitId) {
        return this.http.retrieve(call(Operation.GET_COMMIT).path(REPOSITORY, repository).path("commitId", commitId),
                Commit.class);
    }

    @Override
    public Flux<Commit> logCommits(String repository, String ref, LogOptions options) {
        ListOptions paging = ListOptions.defaults().withAfter(options.after())
            .withPageSize(options.pageSize())
            .withMax(options.max());
        return this.http.paginate(Commit.class, paging,
                (after, amount) -> call(Operation.LOG_COMMITS).path(REPOSITORY, repository)
                    .path(REF, ref)
                    .query("after", after)
                    .query("amount", amount)
                    .queryAll("objects", options.objects())
                    .queryAll("prefixes", options.prefixes())
                    .flag("first_parent", options.firstParent())
                    .query("since", (options.since() != null)
                            ? DateTimeFormatter.ISO_INSTANT.format(options.since()) : null)
                    .query("stop_at", options.stopAt()));
    }

    // ---- diff and merge

    @Override
    public Flux<Diff> diffBranch(String repository, String branch, ListOptions options) {
        return this.http.paginate(Diff.class, options,
                (after, amount) -> paged(call(Operation.DIFF_BRANCH).path(REPOSITORY, repository).path(BRANCH, branch),
                        options, after, amount));
    }

    @Override
    public Flux<Diff> diffRefs(String repository, String leftRef, String rightRef, ListOptions options,
            DiffRefsType type, boolean includeRightStats) {
        return this.http.paginate(Diff.class, options,
                (after, amount) -> paged(call(Operation.DIFF_REFS).path(REPOSITORY, repository)
                    .path("leftRef", leftRef)
                    .path("rightRef", rightRef), options, after, amount)
                    .query("type", type.value())
                    .flag("include_right_stats", includeRightStats));
    }

    @Override
    public Mono<MergeResult> mergeIntoBranch(String repository, String sourceRef, String destinationBranch,
            Merge merge) {
        return this.observations.observe(LakeFSObservations.MERGE, repository,
                this.http.retrieve(call(Operation.MERGE_INTO_BRANCH).path(REPOSITORY, repository)
                    .path("sourceRef", sourceRef)
                    .path("destinationBranch", destinationBranch)
                    .json(merge), MergeResult.class));
    }

    @Override
    public Mono<FindMergeBaseResult> findMergeBase(String repository, String sourceRef, String destinationBranch) {
        return this.http.retrieve(call(Operation.FIND_MERGE_BASE).path(REPOSITORY, repository)
            .path("sourceRef", sourceRef)
            .path("destinationBranch", destinationBranch), FindMergeBaseResult.class);
    }

    // ---- tags

    @Override
    public Flux<RefInfo> listTags(String repository, ListOptions options) {
        return this.http.paginate(RefInfo.class, options,
                (after, amount) -> paged(call(Operation.LIST_TAGS).path(REPOSITORY, repository), options, after,
                        amount));
    }

    @Override
    public Mono<RefInfo> createTag(String repository, TagCreation creation) {
        return this.http.retrieve(call(Operation.CREATE_TAG).path(REPOSITORY, repository).json(creation),
                RefInfo.class);
    }

    @Override
    public Mono<RefInfo> getTag(String repository, String tag) {
        return this.http.retrieve(call(Operation.GET_TAG).path(REPOSITORY, repository).path("tag", tag),
                RefInfo.class);
    }

    @Override
    public Mono<Void> deleteTag(String repository, String tag, boolean force) {
        return this.http
            .execute(call(Operation.DELETE_TAG).path(REPOSITORY, repository).path("tag", tag).flag("force", force));
    }

    // ---- objects

    @Override
    public Mono<Void> uploadObjectPreflight(String repository, String branch, String path) {
        return this.http.execute(call(Operation.UPLOAD_OBJECT_PREFLIGHT).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .query("path", requirePath(path)));
    }

    @Override
    public Mono<ObjectStats> uploadObject(String repository, String branch, String path, ObjectUpload upload) {
        LakeFSCall call = call(Operation.UPLOAD_OBJECT).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .query("path", requirePath(path))
            .query("storageClass", upload.storageClass())
            .flag("force", upload.force())
            .upload(upload);
        upload.metadata().forEach((key, value) -> call.header("X-Lakefs-Meta-" + key, value));
        if (upload.ifAbsent()) {
            // a repeat of an applied if-absent write would fail with 412: it is not idempotent
            call.header(HttpHeaders.IF_NONE_MATCH, "*").idempotent(false);
        }
        return this.http.retrieve(call, ObjectStats.class);
    }

    @Override
    public Mono<ObjectContent> getObject(String repository, String ref, String path, GetObjectOptions options) {
        LakeFSCall call = call(Operation.GET_OBJECT).path(REPOSITORY, repository)
            .path(REF, ref)
            .query("path", requirePath(path))
            .flag("presign", options.presign());
        applyRange(call, options.range());
        if (options.ifNoneMatch() != null) {
            call.header(HttpHeaders.IF_NONE_MATCH, quoted(options.ifNoneMatch()));
        }
        return this.http.download(call);
    }

    @Override
    public Mono<ObjectHeaders> headObject(String repository, String ref, String path, @Nullable ByteRange range) {
        LakeFSCall call = call(Operation.HEAD_OBJECT).path(REPOSITORY, repository)
            .path(REF, ref)
            .query("path", requirePath(path));
        applyRange(call, range);
        return this.http.head(call);
    }

    @Override
    public Mono<ObjectStats> statObject(String repository, String ref, String path, boolean userMetadata,
            boolean presign) {
        return this.http.retrieve(call(Operation.STAT_OBJECT).path(REPOSITORY, repository)
            .path(REF, ref)
            .query("path", requirePath(path))
            .query("user_metadata", userMetadata)
            .flag("presign", presign), ObjectStats.class);
    }

    @Override
    public Flux<ObjectStats> listObjects(String repository, String ref, ListOptions options, boolean userMetadata,
            boolean presign) {
        return this.http.paginate(ObjectStats.class, options,
                (after, amount) -> paged(call(Operation.LIST_OBJECTS).path(REPOSITORY, repository).path(REF, ref),
                        options, after, amount)
                    .query("user_metadata", userMetadata)
                    .flag("presign", presign));
    }

    @Override
    public Mono<Void> deleteObject(String repository, String branch, String path, boolean force) {
        return this.http.execute(call(Operation.DELETE_OBJECT).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .query("path", requirePath(path))
            .flag("force", force));
    }

    @Override
    public Mono<ObjectErrorList> deleteObjects(String repository, String branch, List<String> paths, boolean force) {
        return this.http.retrieve(call(Operation.DELETE_OBJECTS).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .flag("force", force)
            .json(new PathList(paths)), ObjectErrorList.class);
    }

    @Override
    public Mono<ObjectStats> copyObject(String repository, String branch, String destinationPath,
            ObjectCopyCreation copy) {
        return this.http.retrieve(call(Operation.COPY_OBJECT).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .query("dest_path", requirePath(destinationPath))
            .json(copy), ObjectStats.class);
    }

    @Override
    public Mono<Void> updateObjectUserMetadata(String repository, String branch, String path,
            Map<String, String> metadata) {
        return this.http.execute(call(Operation.UPDATE_OBJECT_USER_METADATA).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .query("path", requirePath(path))
            .json(new UpdateObjectUserMetadata(metadata)));
    }

    // ---- staging

    @Override
    public Mono<StagingLocation> getPhysicalAddress(String repository, String branch, String path, boolean presign) {
        return this.http.retrieve(call(Operation.GET_PHYSICAL_ADDRESS).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .query("path", requirePath(path))
            .flag("presign", presign), StagingLocation.class);
    }

    @Override
    public Mono<ObjectStats> linkPhysicalAddress(String repository, String branch, String path,
            StagingMetadata metadata, boolean ifAbsent) {
        LakeFSCall call = call(Operation.LINK_PHYSICAL_ADDRESS).path(REPOSITORY, repository)
            .path(BRANCH, branch)
            .query("path", requirePath(path))
            .json(metadata);
        if (ifAbsent) {
            call.header(HttpHeaders.IF_NONE_MATCH, "*").idempotent(false);
        }
        return this.http.retrieve(call, ObjectStats.class);
    }

    @Override
    public Mono<ObjectContent> getPresignedObject(URI url, @Nullable ByteRange range) {
        LakeFSCall call = call(Operation.PRESIGNED_GET);
        applyRange(call, range);
        return this.http.downloadPresigned(url, call);
    }

    @Override
    public Mono<String> putPresignedObject(URI url, ObjectUpload upload, String blockstoreType) {
        LakeFSCall call = call(Operation.PRESIGNED_PUT).upload(upload);
        if ("azure".equals(blockstoreType)) {
            // Azure's Put Blob answers 400 without it; the Python SDK sends it for the azure blockstore type
            call.header("x-ms-blob-type", "BlockBlob");
        }
        return this.http.uploadPresigned(url, call);
    }

    // ---- import

    @Override
    public Mono<ImportCreationResponse> importStart(String repository, String branch, ImportCreation creation) {
        return this.http.retrieve(
                call(Operation.IMPORT_START).path(REPOSITORY, repository).path(BRANCH, branch).json(creation),
                ImportCreationResponse.class);
    }

    @Override
    public Mono<ImportStatus> importStatus(String repository, String branch, String id) {
        return this.http.retrieve(
                call(Operation.IMPORT_STATUS).path(REPOSITORY, repository).path(BRANCH, branch).query("id", id),
                ImportStatus.class);
    }

    @Override
    public Mono<Void> importCancel(String repository, String branch, String id) {
        return this.http.execute(
                call(Operation.IMPORT_CANCEL).path(REPOSITORY, repository).path(BRANCH, branch).query("id", id));
    }

    @Override
    public String toString() {
        return "LakeFSClient[endpoint=" + this.endpoint + ", authentication="
                + ((this.authentication != null) ? this.authentication : "none") + "]";
    }

    /** A call that accepts JSON (the API client's default header) or, for object data, anything. */
    private static LakeFSCall call(Operation operation) {
        LakeFSCall call = new LakeFSCall(operation);
        return switch (operation) {
            case GET_OBJECT, HEAD_OBJECT, PRESIGNED_GET, PRESIGNED_PUT -> call.accept(MediaType.ALL_VALUE);
            default -> call;
        };
    }

    private static LakeFSCall paged(LakeFSCall call, ListOptions options, @Nullable String after, int amount) {
        return call.query("prefix", options.prefix())
            .query("after", after)
            .query("amount", amount)
            .query("delimiter", options.delimiter());
    }

    private static void applyRange(LakeFSCall call, @Nullable ByteRange range) {
        if (range != null) {
            call.header(HttpHeaders.RANGE, range.toHeaderValue());
        }
    }

    private static String quoted(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }

    private static String requirePath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("An object path must not be empty");
        }
        return path;
    }

    record LoginInformation(String accessKeyId, String secretAccessKey) {

        @Override
        public String toString() {
            return "LoginInformation[accessKeyId=" + this.accessKeyId + ", secretAccessKey=******]";
        }

    }

    record RepositoryMetadataSet(Map<String, String> metadata) {
    }

    record RepositoryMetadataKeys(List<String> keys) {
    }

    record PathList(List<String> paths) {
    }

    record UpdateObjectUserMetadata(Map<String, String> set) {
    }

}
