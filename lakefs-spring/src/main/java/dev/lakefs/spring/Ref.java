package dev.lakefs.spring;

import java.util.Objects;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.DiffRefsType;
import dev.lakefs.spring.client.model.Merge;
import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a commit: a branch, a tag, a commit id or any ref expression ({@code main~2}, {@code v1^},
 * {@code main@}). The Python SDK's {@code lakefs.Reference}: read objects, walk the log, diff and merge.
 * Obtained from {@link Repository#ref(String)}; making one sends no request.
 */
public class Ref {

    private final Repository repository;

    private final String id;

    Ref(Repository repository, String id) {
        this.repository = repository;
        this.id = id;
    }

    /**
     * The ref expression, e.g. {@code main}, {@code v1.0} or a commit id.
     * @return the id
     */
    public String id() {
        return this.id;
    }

    /**
     * The repository this ref belongs to.
     * @return the repository handle
     */
    public Repository repository() {
        return this.repository;
    }

    /**
     * The id of the repository this ref belongs to.
     * @return the repository id
     */
    public String repositoryId() {
        return this.repository.id();
    }

    /**
     * The {@link LakeFS} this handle belongs to.
     * @return the high-level API
     */
    public LakeFS lakeFS() {
        return this.repository.lakeFS();
    }

    final LakeFSClient client() {
        return this.repository.lakeFS().client();
    }

    /**
     * The ref that object reads and listings go to: the ref itself, except for a branch with an open transaction,
     * whose reads are routed into the transaction's branch.
     */
    String objectRefId() {
        return this.id;
    }

    /**
     * The commit this ref points at (read on every call): the Python SDK's {@code get_commit()}. Named
     * {@code getCommit}, not {@code commit}, because {@link Branch#commit(String)} writes one.
     * @return the commit
     */
    public Commit getCommit() {
        return Blocking.get(client().getCommit(repositoryId(), this.id));
    }

    /**
     * Whether the ref resolves to a commit.
     * @return whether it exists
     */
    public boolean exists() {
        try {
            getCommit();
            return true;
        }
        catch (LakeFSNotFoundException ex) {
            return false;
        }
    }

    /**
     * The commit log from this ref, newest first, lazily.
     * @return the lazy listing
     */
    public Listing<Commit> log() {
        return log(LogOptions.defaults());
    }

    /**
     * The commit log from this ref, newest first, lazily: filters, page size and cap from the options.
     * @param options the options
     * @return the lazy listing
     */
    public Listing<Commit> log(LogOptions options) {
        return Listing.of(client().logCommits(repositoryId(), this.id, options));
    }

    /**
     * The committed changes of {@code other} since it forked from this ref (three-dot diff), lazily: what merging
     * {@code other} into this ref would bring. Staged changes are not included; see {@link Branch#uncommitted()}.
     * @param other the ref whose changes to list
     * @return the lazy listing
     */
    public Listing<Diff> diff(Ref other) {
        return diff(other, ListOptions.defaults());
    }

    /**
     * The committed changes of another ref since it forked from this one (three-dot diff), lazily.
     * @param otherRef the ref whose changes to list: a branch, tag, commit id or ref expression
     * @return the lazy listing
     */
    public Listing<Diff> diff(String otherRef) {
        return diff(otherRef, ListOptions.defaults());
    }

    /**
     * The committed changes of another ref since it forked from this one, lazily, with listing options.
     * @param otherRef the ref whose changes to list: a branch, tag, commit id or ref expression
     * @param options the options
     * @return the lazy listing
     */
    public Listing<Diff> diff(String otherRef, ListOptions options) {
        return Listing.of(client().diffRefs(repositoryId(), this.id, LakeFSNames.requireRef(otherRef), options,
                DiffRefsType.THREE_DOT, false));
    }

    /**
     * The committed changes of {@code other} since it forked from this ref, lazily, with listing options.
     * @param other the ref whose changes to list
     * @param options the options
     * @return the lazy listing
     */
    public Listing<Diff> diff(Ref other, ListOptions options) {
        return diff(other.id(), options);
    }

    /**
     * Merges this ref into a branch; a merge always creates a commit.
     * @param destination the destination branch
     * @return the merge commit's id
     * @throws dev.lakefs.spring.client.LakeFSMergeConflictException on conflicts
     */
    public String mergeInto(Branch destination) {
        return mergeInto(destination, MergeOptions.defaults());
    }

    /**
     * Merges this ref into a branch: the Python SDK's {@code merge_into(destination, **kwargs)}.
     * @param destination the branch to merge into
     * @param options message, metadata, conflict strategy, squash...
     * @return the merge commit's id
     * @throws dev.lakefs.spring.client.LakeFSMergeConflictException on conflicts
     */
    public String mergeInto(Branch destination, MergeOptions options) {
        Merge merge = new Merge(options.message(), options.metadata(), options.strategy(), options.force(),
                options.allowEmpty(), options.squash());
        return Blocking.get(client().mergeIntoBranch(repositoryId(), this.id, destination.id(), merge)).reference();
    }

    /**
     * A handle on an object of this ref, for reading; no request is made.
     * @param path the object path
     * @return the object handle
     */
    public StoredObject object(String path) {
        return new StoredObject(this, LakeFSNames.requirePath(path));
    }

    /**
     * All objects of this ref, recursively, lazily, sorted by path.
     * @return the lazy listing
     */
    public Listing<ObjectStats> objects() {
        return objects(ListOptions.defaults());
    }

    /**
     * Objects of this ref, lazily. With a {@link ListOptions#withDelimiter(String) delimiter}, entries whose
     * {@link ObjectStats#pathType() pathType} is {@code COMMON_PREFIX} stand for "directories".
     * @param options the options
     * @return the lazy listing
     */
    public Listing<ObjectStats> objects(ListOptions options) {
        return Listing.of(client().listObjects(repositoryId(), objectRefId(), options));
    }

    /**
     * Objects under a prefix, grouped at a delimiter (e.g. {@code "/"}), lazily: one "directory" level.
     * @param prefix the path prefix
     * @param delimiter the delimiter, e.g. {@code /}, or {@code null} to list recursively
     * @return the lazy listing
     */
    public Listing<ObjectStats> objects(String prefix, @Nullable String delimiter) {
        return objects(ListOptions.prefixed(prefix).withDelimiter(delimiter));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other != null && other.getClass() == getClass()
                && this.repository.equals(((Ref) other).repository) && this.id.equals(((Ref) other).id));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.repository, this.id);
    }

    /** {@code lakefs://repository/ref}. */
    @Override
    public String toString() {
        return "lakefs://" + repositoryId() + "/" + this.id;
    }
}
