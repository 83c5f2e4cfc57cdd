package dev.lakefs.embedded.versioning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
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
 * <p>
 * Every change goes through the mutators below, which apply it and describe it as a {@link StateChange}; the
 * changes of one exclusive section are handed to the {@link ChangeSink} together when the section ends, before the
 * lock is released and so before the request is answered. The maps this class returns are read-only views.
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

    /** The sink of the server's repositories, read at each change: it is set once the journal is replayed. */
    private final Supplier<ChangeSink> sink;

    /** Changes applied in the current exclusive section, not yet handed to the sink. */
    private final List<StateChange> pending = new ArrayList<>();

    /** Whether the sink was told of this repository (its creation is reported with its first changes). */
    private boolean reported;

    private long sequence;

    Repository(String id, long creationDate, String defaultBranch, String storageNamespace, boolean readOnly,
            @Nullable String storageId, Supplier<ChangeSink> sink, boolean reported) {
        this.sink = sink;
        this.reported = reported;
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

    /**
     * Runs an action holding the exclusive lock; the changes it made are handed to the sink before the lock is
     * released, even when the action fails after some (what memory holds, the journal holds).
     */
    public <T> T write(Supplier<T> action) {
        this.lock.writeLock().lock();
        try {
            T result = action.get();
            if (this.lock.getWriteHoldCount() == 1) {
                flush();
            }
            return result;
        }
        catch (RuntimeException | Error ex) {
            if (this.lock.getWriteHoldCount() == 1) {
                flushAfter(ex);
            }
            throw ex;
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

    /** The commits by id (read-only). */
    public Map<String, Commit> commits() {
        return Collections.unmodifiableMap(this.commits);
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
        Commit existing = this.commits.putIfAbsent(commit.id(), commit);
        if (existing != null) {
            return existing;
        }
        if (this.sink.get().keeps()) {
            Tree base = parents.isEmpty() ? Tree.EMPTY : commit(parents.get(0)).tree();
            record(StateChange.CommitAdded.of(commit, base));
        }
        return commit;
    }

    /** The branches by name (read-only). */
    public NavigableMap<String, Branch> branches() {
        return Collections.unmodifiableNavigableMap(this.branches);
    }

    /** The tags: name to commit id (read-only). */
    public NavigableMap<String, String> tags() {
        return Collections.unmodifiableNavigableMap(this.tags);
    }

    /** The repository metadata (read-only). */
    public NavigableMap<String, String> metadata() {
        return Collections.unmodifiableNavigableMap(this.metadata);
    }

    /** Creates a branch at a commit (the caller checked the name is free). */
    Branch addBranch(String name, String head, boolean hidden) {
        record(new StateChange.BranchCreated(name, head, hidden));
        return this.branches.get(name);
    }

    /** Deletes a branch; false when there was none. */
    boolean removeBranch(String name) {
        if (!this.branches.containsKey(name)) {
            return false;
        }
        record(new StateChange.BranchDeleted(name));
        return true;
    }

    /** Points a branch at a commit. */
    void moveHead(Branch branch, String commitId) {
        record(new StateChange.HeadMoved(branch.name(), commitId));
    }

    /** Stages a version of a path on a branch. */
    public void stage(Branch branch, String path, Entry entry) {
        record(new StateChange.Staged(branch.name(), path, entry));
    }

    /**
     * Deletes a path as lakeFS does: a tombstone when the path is committed; otherwise only the staged version goes.
     * With {@code noTombstone}, only the staged version goes in any case (the committed object shows again).
     */
    public void removeObject(Branch branch, String path, boolean noTombstone) {
        if (!noTombstone && commit(branch.head()).tree().get(path) != null) {
            record(new StateChange.Staged(branch.name(), path, null));
        }
        else if (branch.staging().containsKey(path)) {
            record(new StateChange.Unstaged(branch.name(), path, false));
        }
    }

    /** Drops the staged change of one path. */
    public void unstage(Branch branch, String path) {
        if (branch.staging().containsKey(path)) {
            record(new StateChange.Unstaged(branch.name(), path, false));
        }
    }

    /** Drops the staged changes of every path under a prefix (all of them for an empty prefix). */
    public void unstagePrefix(Branch branch, String prefix) {
        if (branch.isDirty()) {
            record(new StateChange.Unstaged(branch.name(), prefix, true));
        }
    }

    /** Creates a tag (the caller checked the name is free). */
    void putTag(String tag, String commitId) {
        record(new StateChange.TagSet(tag, commitId));
    }

    /** Deletes a tag; false when there was none. */
    boolean removeTag(String tag) {
        if (!this.tags.containsKey(tag)) {
            return false;
        }
        record(new StateChange.TagDeleted(tag));
        return true;
    }

    /** Sets repository metadata keys. */
    public void putMetadata(Map<String, String> entries) {
        if (!entries.isEmpty()) {
            record(new StateChange.MetadataSet(new TreeMap<>(entries)));
        }
    }

    /** Removes repository metadata keys. */
    public void removeMetadata(Collection<String> keys) {
        List<String> present = keys.stream().filter(this.metadata::containsKey).distinct().toList();
        if (!present.isEmpty()) {
            record(new StateChange.MetadataRemoved(present));
        }
    }

    /**
     * Replaces the branch protection rules. With {@code ifMatch} (lakeFS's {@code If-Match}): empty means "only if
     * none were saved", anything else must equal the current ETag; otherwise 412.
     */
    public void replaceProtection(List<String> patterns, @Nullable String ifMatch) {
        this.protection.checkMatch(ifMatch);
        record(new StateChange.ProtectionSet(List.copyOf(patterns)));
    }

    /** Adds one branch protection rule (the deprecated create endpoint). */
    public void addProtection(String pattern) {
        List<String> patterns = new ArrayList<>(this.protection.patterns());
        patterns.add(pattern);
        record(new StateChange.ProtectionSet(patterns));
    }

    /** Removes one branch protection rule; false when there was none with that pattern. */
    public boolean removeProtection(String pattern) {
        List<String> patterns = new ArrayList<>(this.protection.patterns());
        if (!patterns.remove(pattern)) {
            return false;
        }
        record(new StateChange.ProtectionSet(patterns));
        return true;
    }

    /**
     * Applies a change read back from a journal, without reporting it. A change that does not fit (its branch or
     * commit is unknown) fails with a {@link RuntimeException} and changes nothing.
     */
    public void replay(StateChange change) {
        apply(change);
    }

    /** Hands the pending changes to the sink: with the repository's creation when it was not reported yet. */
    private void flush() {
        if (this.pending.isEmpty() && this.reported) {
            return;
        }
        List<StateChange> changes = List.copyOf(this.pending);
        this.pending.clear();
        if (this.reported) {
            this.sink.get().changed(this.id, changes);
        }
        else {
            this.reported = true;
            this.sink.get().created(this, changes);
        }
    }

    private void flushAfter(Throwable failure) {
        try {
            flush();
        }
        catch (RuntimeException ex) {
            failure.addSuppressed(ex);
        }
    }

    private void record(StateChange change) {
        apply(change);
        if (this.sink.get().keeps()) {
            this.pending.add(change);
            if (!this.lock.isWriteLockedByCurrentThread()) {
                // Not in an exclusive section (a caller forgot the lock): nothing else would report it.
                flush();
            }
        }
    }

    private void apply(StateChange change) {
        if (change instanceof StateChange.CommitAdded added) {
            if (!this.commits.containsKey(added.id())) {
                Tree base = added.parents().isEmpty() ? Tree.EMPTY : commit(added.parents().get(0)).tree();
                this.commits.put(added.id(), added.toCommit(base));
                this.sequence = Math.max(this.sequence, added.sequence());
            }
        }
        else if (change instanceof StateChange.BranchCreated created) {
            commit(created.head());
            this.branches.put(created.name(), new Branch(created.name(), created.head(), created.hidden()));
        }
        else if (change instanceof StateChange.BranchDeleted deleted) {
            this.branches.remove(deleted.name());
        }
        else if (change instanceof StateChange.HeadMoved moved) {
            existingBranch(moved.branch()).moveTo(commit(moved.commit()).id());
        }
        else if (change instanceof StateChange.Staged staged) {
            Entry entry = staged.entry();
            existingBranch(staged.branch()).staging()
                .put(staged.path(), (entry != null) ? new StagedEntry(entry) : StagedEntry.TOMBSTONE);
        }
        else if (change instanceof StateChange.Unstaged unstaged) {
            unstage(existingBranch(unstaged.branch()).staging(), unstaged);
        }
        else if (change instanceof StateChange.TagSet tag) {
            this.tags.put(tag.id(), commit(tag.commit()).id());
        }
        else if (change instanceof StateChange.TagDeleted tag) {
            this.tags.remove(tag.id());
        }
        else if (change instanceof StateChange.MetadataSet set) {
            this.metadata.putAll(set.entries());
        }
        else if (change instanceof StateChange.MetadataRemoved removed) {
            removed.keys().forEach(this.metadata::remove);
        }
        else if (change instanceof StateChange.ProtectionSet set) {
            this.protection.set(set.patterns());
        }
    }

    private static void unstage(NavigableMap<String, StagedEntry> staging, StateChange.Unstaged unstaged) {
        if (!unstaged.prefix()) {
            staging.remove(unstaged.path());
        }
        else if (unstaged.path().isEmpty()) {
            staging.clear();
        }
        else {
            staging.keySet().removeIf(key -> key.startsWith(unstaged.path()));
        }
    }

    private Branch existingBranch(String name) {
        Branch branch = this.branches.get(name);
        if (branch == null) {
            throw new IllegalStateException("no branch " + name + " in repository " + this.id);
        }
        return branch;
    }
}
