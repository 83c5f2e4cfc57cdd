package dev.lakefs.spring.client;

import org.springframework.http.HttpMethod;

/**
 * The lakeFS REST operations this client calls: operationId, method, URI template (relative to the endpoint), and
 * whether repeating the request is harmless when its first attempt may have been applied.
 * <p>
 * "Idempotent" here means: sending it twice leaves the same state as sending it once, and the second answer is
 * still a success. Deletes of branches, tags and repositories are not, because a repeated delete answers 404.
 */
enum Operation {

    HEALTH_CHECK("healthCheck", HttpMethod.GET, "/healthcheck", true),
    GET_CONFIG("getConfig", HttpMethod.GET, "/config", true),
    GET_LAKEFS_VERSION("getLakeFSVersion", HttpMethod.GET, "/config/version", true),
    GET_STORAGE_CONFIG("getStorageConfig", HttpMethod.GET, "/config/storage", true),
    LOGIN("login", HttpMethod.POST, "/auth/login", true),
    GET_CURRENT_USER("getCurrentUser", HttpMethod.GET, "/user", true),
    GET_SETUP_STATE("getSetupState", HttpMethod.GET, "/setup_lakefs", true),

    LIST_REPOSITORIES("listRepositories", HttpMethod.GET, "/repositories", true),
    CREATE_REPOSITORY("createRepository", HttpMethod.POST, "/repositories", false),
    GET_REPOSITORY("getRepository", HttpMethod.GET, "/repositories/{repository}", true),
    DELETE_REPOSITORY("deleteRepository", HttpMethod.DELETE, "/repositories/{repository}", false),
    GET_REPOSITORY_METADATA("getRepositoryMetadata", HttpMethod.GET, "/repositories/{repository}/metadata", true),
    SET_REPOSITORY_METADATA("setRepositoryMetadata", HttpMethod.POST, "/repositories/{repository}/metadata", true),
    DELETE_REPOSITORY_METADATA("deleteRepositoryMetadata", HttpMethod.DELETE, "/repositories/{repository}/metadata",
            true),

    LIST_BRANCHES("listBranches", HttpMethod.GET, "/repositories/{repository}/branches", true),
    CREATE_BRANCH("createBranch", HttpMethod.POST, "/repositories/{repository}/branches", false),
    GET_BRANCH("getBranch", HttpMethod.GET, "/repositories/{repository}/branches/{branch}", true),
    DELETE_BRANCH("deleteBranch", HttpMethod.DELETE, "/repositories/{repository}/branches/{branch}", false),
    RESET_BRANCH("resetBranch", HttpMethod.PUT, "/repositories/{repository}/branches/{branch}", true),
    HARD_RESET_BRANCH("hardResetBranch", HttpMethod.PUT, "/repositories/{repository}/branches/{branch}/hard_reset",
            true),
    REVERT_BRANCH("revertBranch", HttpMethod.POST, "/repositories/{repository}/branches/{branch}/revert", false),
    CHERRY_PICK("cherryPick", HttpMethod.POST, "/repositories/{repository}/branches/{branch}/cherry-pick", false),

    COMMIT("commit", HttpMethod.POST, "/repositories/{repository}/branches/{branch}/commits", false),
    GET_COMMIT("getCommit", HttpMethod.GET, "/repositories/{repository}/commits/{commitId}", true),
    LOG_COMMITS("logCommits", HttpMethod.GET, "/repositories/{repository}/refs/{ref}/commits", true),

    DIFF_BRANCH("diffBranch", HttpMethod.GET, "/repositories/{repository}/branches/{branch}/diff", true),
    DIFF_REFS("diffRefs", HttpMethod.GET, "/repositories/{repository}/refs/{leftRef}/diff/{rightRef}", true),
    MERGE_INTO_BRANCH("mergeIntoBranch", HttpMethod.POST,
            "/repositories/{repository}/refs/{sourceRef}/merge/{destinationBranch}", false),
    FIND_MERGE_BASE("findMergeBase", HttpMethod.GET,
            "/repositories/{repository}/refs/{sourceRef}/merge/{destinationBranch}", true),

    LIST_TAGS("listTags", HttpMethod.GET, "/repositories/{repository}/tags", true),
    CREATE_TAG("createTag", HttpMethod.POST, "/repositories/{repository}/tags", false),
    GET_TAG("getTag", HttpMethod.GET, "/repositories/{repository}/tags/{tag}", true),
    DELETE_TAG("deleteTag", HttpMethod.DELETE, "/repositories/{repository}/tags/{tag}", false),

    UPLOAD_OBJECT_PREFLIGHT("uploadObjectPreflight", HttpMethod.GET,
            "/repositories/{repository}/branches/{branch}/objects/stage_allowed", true),
    UPLOAD_OBJECT("uploadObject", HttpMethod.POST, "/repositories/{repository}/branches/{branch}/objects", true),
    GET_OBJECT("getObject", HttpMethod.GET, "/repositories/{repository}/refs/{ref}/objects", true),
    HEAD_OBJECT("headObject", HttpMethod.HEAD, "/repositories/{repository}/refs/{ref}/objects", true),
    STAT_OBJECT("statObject", HttpMethod.GET, "/repositories/{repository}/refs/{ref}/objects/stat", true),
    LIST_OBJECTS("listObjects", HttpMethod.GET, "/repositories/{repository}/refs/{ref}/objects/ls", true),
    DELETE_OBJECT("deleteObject", HttpMethod.DELETE, "/repositories/{repository}/branches/{branch}/objects", true),
    DELETE_OBJECTS("deleteObjects", HttpMethod.POST, "/repositories/{repository}/branches/{branch}/objects/delete",
            true),
    COPY_OBJECT("copyObject", HttpMethod.POST, "/repositories/{repository}/branches/{branch}/objects/copy", true),
    UPDATE_OBJECT_USER_METADATA("updateObjectUserMetadata", HttpMethod.PUT,
            "/repositories/{repository}/branches/{branch}/objects/stat/user_metadata", true),

    GET_PHYSICAL_ADDRESS("getPhysicalAddress", HttpMethod.GET,
            "/repositories/{repository}/branches/{branch}/staging/backing", true),
    LINK_PHYSICAL_ADDRESS("linkPhysicalAddress", HttpMethod.PUT,
            "/repositories/{repository}/branches/{branch}/staging/backing", true),

    IMPORT_START("importStart", HttpMethod.POST, "/repositories/{repository}/branches/{branch}/import", false),
    IMPORT_STATUS("importStatus", HttpMethod.GET, "/repositories/{repository}/branches/{branch}/import", true),
    IMPORT_CANCEL("importCancel", HttpMethod.DELETE, "/repositories/{repository}/branches/{branch}/import", false),

    /** A GET of a presigned object-store URL; not a lakeFS operation. */
    PRESIGNED_GET("presignedGet", HttpMethod.GET, "", true),

    /** A PUT to a presigned object-store URL; not a lakeFS operation. */
    PRESIGNED_PUT("presignedPut", HttpMethod.PUT, "", true);

    private final String operationId;

    private final HttpMethod method;

    private final PathTemplate path;

    private final boolean idempotent;

    Operation(String operationId, HttpMethod method, String uriTemplate, boolean idempotent) {
        this.operationId = operationId;
        this.method = method;
        this.path = PathTemplate.compile(uriTemplate);
        this.idempotent = idempotent;
    }

    String operationId() {
        return this.operationId;
    }

    HttpMethod method() {
        return this.method;
    }

    PathTemplate path() {
        return this.path;
    }

    boolean idempotent() {
        return this.idempotent;
    }

}
