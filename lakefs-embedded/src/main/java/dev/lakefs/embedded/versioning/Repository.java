package dev.lakefs.embedded.versioning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import dev.lakefs.embedded.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * One repository: its commits, branches, tags and metadata.
 * <p>
 * Concurrency: one read-write lock per repository. Reads share it; every mutation (staging an object, committing,
 * merging, moving a ref) holds it exclusively, so concurrent commits and merges on a branch serialize and each one
 * sees the result of the previous. lakeFS instead may answer contention with "branch is currently locked" (500);
 * this server never does: callers wait. Object content is streamed into the blob store before the lock is taken,
 * so a slow upload never blocks the repository.
 */
public final class Repository {

    private final String id;

    private final long creationDate;

    private final String defaultBranch;

    private final String storageNamespace;

    private final boolean readOnly;

    private final @Nullable String storageId;

    private final Map<String, Commit> commits = new HashMap<>();

    private final TreeMap<String, Branch> branches = new TreeMap<>();

    private final TreeMap<String, String> tags = new TreeMap<>();

    private final TreeMap<String, String> metadata = new TreeMap<>();

    private final BranchProtection protection = new BranchProtection();

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private long sequence;

    Repository(String id, long creationDate, String defaultBranch, String storageNamespace, boolean readOnly,
            @Nullable String storageId) {
        this.id = id;
        this.creationDate = creationDate;
        this.defaultBranch = defaultBranch;
        this.storageNamespace = storageNamespace;
        this.readOnly = readOnly;
        this.storageId = storageId;
    }

    public String id() {
        return this.id;
    }

    public long creationDate() {
        return this.creationDate;
    }

    public String defaultBranch() {
        return this.defaultBranch;
    }

    public String storageNamespace() {
        return this.storageNamespace;
    }

    public boolean readOnly() {
        return this.readOnly;
    }

    public @Nullable String storageId() {
        return this.storageId;
    }

    /** Runs an action holding the shared lock. */
    public <T> T read(Supplier<T> action) {
        this.lock.readLock().lock();
        try {
            return action.get();
        }
        finally {
            this.lock.readLock().unlock();
        }
    }

    /** Runs an action holding the exclusive lock. */
    public <T> T write(Supplier<T> action) {
        this.lock.writeLock().lock();
        try {
            return action.get();
        }
        finally {
            this.lock.writeLock().unlock();
        }
    }

    /** Runs an action that answers nothing holding the exclusive lock. */
    public void update(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    /** Fails with 403 when the repository is read-only and the request does not force. */
    public void checkWritable(boolean force) {
        if (this.readOnly && !force) {
            throw ApiException.forbidden("cannot write to read-only repository");
        }
    }

    /** The branch protection rules (mutate only under the write lock). */
    public BranchProtection protection() {
        return this.protection;
    }

    /**
     * Fails with 403 when a protection rule blocks staging writes to the branch (lakeFS checks this before the
     * read-only flag and before the branch exists).
     */
    public void checkStagingWrite(String branchName) {
        if (this.protection.protects(branchName)) {
            throw new ProtectedBranchException("cannot write to protected branch");
        }
    }

    /** Fails with 403 when a protection rule blocks commits to the branch. */
    public void checkCommit(String branchName) {
        if (this.protection.protects(branchName)) {
            throw new ProtectedBranchException("cannot commit to protected branch");
        }
    }

    public Map<String, Commit> commits() {
        return this.commits;
    }

    public Commit commit(String commitId) {
        Commit commit = this.commits.get(commitId);
        if (commit == null) {
            throw ApiException.notFound("commit not found");
        }
        return commit;
    }

    /** Stores a new commit built from these fields. */
    Commit addCommit(List<String> parents, String committer, String message, long creationDate,
            Map<String, String> metadata, Tree tree) {
        long generation = 1;
        for (String parent : parents) {
            generation = Math.max(generation, commit(parent).generation() + 1);
        }
        Commit commit = Commit.create(parents, committer, message, creationDate, metadata, generation, tree,
                ++this.sequence);
        this.commits.putIfAbsent(commit.id(), commit);
        return this.commits.get(commit.id());
    }

    public TreeMap<String, Branch> branches() {
        return this.branches;
    }

    public TreeMap<String, String> tags() {
        return this.tags;
    }

    public TreeMap<String, String> metadata() {
        return this.metadata;
    }
}
