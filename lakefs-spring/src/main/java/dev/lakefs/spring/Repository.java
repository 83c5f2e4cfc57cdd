package dev.lakefs.spring;

import java.util.Map;
import java.util.Objects;

import dev.lakefs.spring.client.LakeFSConflictException;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.RepositoryCreation;
import dev.lakefs.spring.client.model.RepositoryProperties;
import org.jspecify.annotations.Nullable;

/**
 * A lakeFS repository: the Python SDK's {@code lakefs.Repository}. Obtained from {@link LakeFS#repository(String)};
 * making one sends no request.
 * <pre>{@code
 * Repository repo = lakeFS.repository("example-repo").create("s3://bucket/repos/example-repo");
 * Branch main = repo.branch("main");
 * }</pre>
 */
public final class Repository {

    private final LakeFS lakeFS;

    private final String id;

    private volatile @Nullable RepositoryProperties properties;

    Repository(LakeFS lakeFS, String id, @Nullable RepositoryProperties properties) {
        this.lakeFS = lakeFS;
        this.id = id;
        this.properties = properties;
    }

    /**
     * The repository id.
     * @return the id
     */
    public String id() {
        return this.id;
    }

    /**
     * The {@link LakeFS} this handle belongs to.
     * @return the high-level API
     */
    public LakeFS lakeFS() {
        return this.lakeFS;
    }

    /**
     * Creates the repository with default branch {@code main}, failing with {@link LakeFSConflictException} when it
     * exists.
     * @param storageNamespace where its data goes, e.g. {@code s3://bucket/repos/example-repo}
     * @return this repository
     */
    public Repository create(String storageNamespace) {
        return create(storageNamespace, CreateRepositoryOptions.defaults());
    }

    /**
     * Creates the repository. With {@link CreateRepositoryOptions#existOk() existOk}, an existing repository is used
     * as it is (the Python SDK's {@code exist_ok=True}).
     * @param storageNamespace where its data goes, e.g. {@code s3://bucket/repos/example-repo}
     * @param options default branch, sample data, read-only, storage id, exist-ok
     * @return this repository
     */
    public Repository create(String storageNamespace, CreateRepositoryOptions options) {
        LakeFSNames.requireStorageNamespace(storageNamespace);
        RepositoryCreation creation = new RepositoryCreation(this.id, storageNamespace, options.defaultBranch(),
                options.sampleData(), options.readOnly(), options.storageId());
        try {
            this.properties = Blocking.get(this.lakeFS.client().createRepository(creation));
        }
        catch (LakeFSConflictException ex) {
            if (!options.existOk()) {
                throw ex;
            }
            this.properties = fetchProperties();
        }
        return this;
    }

    /** Deletes the repository. */
    public void delete() {
        delete(DeleteOptions.defaults());
    }

    /**
     * Deletes the repository.
     * @param options force from the options
     */
    public void delete(DeleteOptions options) {
        Blocking.run(this.lakeFS.client().deleteRepository(this.id, options.force()));
        this.properties = null;
    }

    /**
     * Whether the repository exists.
     * @return whether it exists
     */
    public boolean exists() {
        try {
            this.properties = fetchProperties();
            return true;
        }
        catch (LakeFSNotFoundException ex) {
            return false;
        }
    }

    /**
     * The repository's properties (id, creation date, default branch, storage namespace...), read once and kept.
     * @return the properties
     */
    public RepositoryProperties properties() {
        RepositoryProperties known = this.properties;
        if (known == null) {
            known = fetchProperties();
            this.properties = known;
        }
        return known;
    }

    private RepositoryProperties fetchProperties() {
        return Blocking.get(this.lakeFS.client().getRepository(this.id));
    }

    /**
     * The repository's metadata, e.g. {@code .lakefs.last.import.timestamp}; read on every call.
     * @return the metadata
     */
    public Map<String, String> metadata() {
        return Blocking.get(this.lakeFS.client().getRepositoryMetadata(this.id));
    }

    /**
     * All visible branches, lazily, sorted by id.
     * @return the lazy listing
     */
    public Listing<Branch> branches() {
        return branches(ListOptions.defaults());
    }

    /**
     * Visible branches, lazily: prefix, start, page size and cap from the options.
     * @param options the options
     * @return the lazy listing
     */
    public Listing<Branch> branches(ListOptions options) {
        return listBranches(options, false);
    }

    /**
     * All branches including hidden ones (such as open transactions' {@code tx-…} branches), lazily, sorted by id.
     * @return the lazy listing
     */
    public Listing<Branch> branchesIncludingHidden() {
        return branchesIncludingHidden(ListOptions.defaults());
    }

    /**
     * Branches including hidden ones, lazily: prefix, start, page size and cap from the options.
     * @param options the options
     * @return the lazy listing
     */
    public Listing<Branch> branchesIncludingHidden(ListOptions options) {
        return listBranches(options, true);
    }

    private Listing<Branch> listBranches(ListOptions options, boolean includeHidden) {
        return Listing.of(this.lakeFS.client().listBranches(this.id, options, includeHidden)
            .map((ref) -> new Branch(this, ref.id())));
    }

    /**
     * All tags, lazily, sorted by id.
     * @return the lazy listing
     */
    public Listing<Tag> tags() {
        return tags(ListOptions.defaults());
    }

    /**
     * Tags, lazily: prefix, start, page size and cap from the options.
     * @param options the options
     * @return the lazy listing
     */
    public Listing<Tag> tags(ListOptions options) {
        return Listing.of(this.lakeFS.client().listTags(this.id, options).map((ref) -> new Tag(this, ref.id())));
    }

    /**
     * A handle on a branch; no request is made.
     * @param branchId the branch id, validated against {@value LakeFSNames#BRANCH_ID_PATTERN}
     * @return the branch handle
     */
    public Branch branch(String branchId) {
        return new Branch(this, LakeFSNames.requireBranchId(branchId));
    }

    /**
     * A handle on a tag; no request is made.
     * @param tagId the tag id, validated against lakeFS's git-like tag rules
     * @return the tag handle
     */
    public Tag tag(String tagId) {
        return new Tag(this, LakeFSNames.requireTagId(tagId));
    }

    /**
     * A handle on any ref expression: a branch, tag or commit id, with optional modifiers ({@code main~2},
     * {@code v1^}, {@code main@}); no request is made.
     * @param refExpression the ref expression
     * @return the ref handle
     */
    public Ref ref(String refExpression) {
        return new Ref(this, LakeFSNames.requireRef(refExpression));
    }

    /**
     * A handle on a commit by its id (or a unique prefix of it); no request is made.
     * @param commitId the commit id (or a unique prefix of it)
     * @return the ref handle
     */
    public Ref commit(String commitId) {
        return ref(commitId);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof Repository repository
                && this.lakeFS.client() == repository.lakeFS.client() && this.id.equals(repository.id));
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(this.lakeFS.client()), this.id);
    }

    /** The repository id, with its properties when they are known. */
    @Override
    public String toString() {
        RepositoryProperties known = this.properties;
        return (known != null) ? "Repository[id=" + this.id + ", defaultBranch=" + known.defaultBranch()
                + ", storageNamespace=" + known.storageNamespace() + ", creationDate=" + known.creationDate() + "]"
                : "Repository[id=" + this.id + "]";
    }
}
