package dev.lakefs.embedded.versioning;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.lakefs.embedded.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The operations that move refs: branching, committing, merging, reverting, cherry-picking, resetting, tagging.
 * Every method must run under the repository's write lock.
 */
public final class BranchOperations {

    /** The metadata key a merge records its strategy under. */
    public static final String MERGE_STRATEGY_KEY = ".lakefs.merge.strategy";

    private static final String DIRTY_BRANCH = "uncommitted changes (dirty branch)";

    private final Clock clock;

    public BranchOperations(Clock clock) {
        this.clock = clock;
    }

    /** Creates a branch at a ref's commit; returns that commit. */
    public Commit createBranch(Repository repository, String name, String source, boolean hidden) {
        Names.checkBranch(name);
        repository.checkWritable(false);
        Commit commit = Refs.resolveCommit(repository, source);
        if (Refs.nameTaken(repository, name)) {
            throw ApiException.conflict("branch already exists: not unique");
        }
        repository.addBranch(name, commit.id(), hidden);
        return commit;
    }

    public void deleteBranch(Repository repository, String name, boolean force) {
        Names.checkBranch(name);
        repository.checkWritable(force);
        if (name.equals(repository.defaultBranch())) {
            throw ApiException.forbidden("cannot delete repository default branch");
        }
        if (!repository.removeBranch(name)) {
            throw ApiException.notFound("branch not found");
        }
    }

    /** Commits a branch's staging area; 400 "no changes" when nothing differs, unless empty commits are allowed. */
    public Commit commit(Repository repository, String branchName, String committer, String message,
            Map<String, String> metadata, @Nullable Long date, boolean allowEmpty, boolean force) {
        repository.checkCommit(branchName);
        Branch branch = Refs.branch(repository, branchName);
        repository.checkWritable(force);
        Commit head = repository.commit(branch.head());
        Tree tree = head.tree().apply(branch.staging());
        if (!allowEmpty && tree.sameContent(head.tree())) {
            throw ApiException.badRequest("commit: no changes");
        }
        Commit commit = repository.addCommit(List.of(head.id()), committer, message,
                (date != null) ? date : now(), metadata, tree);
        repository.moveHead(branch, commit.id());
        repository.unstagePrefix(branch, "");
        return commit;
    }

    /** Merges a ref into a branch, always creating a merge commit (lakeFS never fast-forwards). */
    public Commit merge(Repository repository, String sourceRef, String destinationName, String committer,
            MergeRequest request) {
        String strategy = (request.strategy() != null) ? request.strategy() : "";
        if (!Merges.STRATEGIES.contains(strategy)) {
            throw ApiException.badRequest("merge strategy: invalid value: validation error");
        }
        Branch destination = Refs.branch(repository, destinationName);
        repository.checkWritable(request.force());
        Commit source = Refs.resolveCommit(repository, sourceRef);
        if (destination.isDirty()) {
            throw ApiException.badRequest(DIRTY_BRANCH);
        }
        Commit head = repository.commit(destination.head());
        Commit base = Merges.base(repository, source, head);
        Tree baseTree = (base != null) ? base.tree() : Tree.EMPTY;
        if (source.tree().sameContent(baseTree) && !request.allowEmpty() && !request.force()) {
            throw ApiException.badRequest("merge from '" + sourceRef + "' to '" + destinationName + "': no changes");
        }
        Tree merged = Merges.threeWay(baseTree, source.tree(), head.tree(), strategy);
        Map<String, String> metadata = new LinkedHashMap<>(request.metadata());
        metadata.put(MERGE_STRATEGY_KEY, strategy.isEmpty() ? "default" : strategy);
        String message = (request.message() == null || request.message().isEmpty())
                ? "Merge '" + sourceRef + "' into '" + destinationName + "'" : request.message();
        List<String> parents = request.squash() ? List.of(head.id()) : List.of(head.id(), source.id());
        Commit commit = repository.addCommit(parents, committer, message, now(), metadata, merged);
        repository.moveHead(destination, commit.id());
        return commit;
    }

    /** Undoes a commit's changes on a branch with a new commit. */
    public Commit revert(Repository repository, String branchName, String ref, int parentNumber, String committer,
            @Nullable String message, @Nullable Map<String, String> metadata, boolean allowEmpty, boolean force) {
        Branch branch = Refs.branch(repository, branchName);
        repository.checkWritable(force);
        Commit target = Refs.resolveCommit(repository, ref);
        if (target.parents().size() > 1 && parentNumber <= 0) {
            throw ApiException.conflict("must specify 1-based parent number for reverting merge commit");
        }
        Tree parentTree = parentTree(repository, target, parentNumber);
        if (branch.isDirty()) {
            throw ApiException.badRequest(DIRTY_BRANCH);
        }
        Commit head = repository.commit(branch.head());
        Tree reverted = Merges.threeWay(target.tree(), parentTree, head.tree(), "");
        if (!allowEmpty && reverted.sameContent(head.tree())) {
            throw ApiException.badRequest("revert: no changes");
        }
        Commit commit = repository.addCommit(List.of(head.id()), committer,
                (message != null && !message.isEmpty()) ? message : "Revert " + ref, now(),
                (metadata != null) ? metadata : Map.of(), reverted);
        repository.moveHead(branch, commit.id());
        return commit;
    }

    /** Applies a commit's changes (relative to one of its parents) on a branch with a new commit. */
    public Commit cherryPick(Repository repository, String branchName, String ref, @Nullable Integer parentNumber,
            String committer, @Nullable String message, @Nullable Map<String, String> metadata, boolean force) {
        Branch branch = Refs.branch(repository, branchName);
        repository.checkWritable(force);
        Commit target = Refs.resolveCommit(repository, ref);
        int parent = (parentNumber != null) ? parentNumber : 0;
        if (target.parents().size() > 1 && parent <= 0) {
            throw ApiException.badRequest("must specify 1-based parent number for cherry-picking merge commit");
        }
        Tree parentTree = parentTree(repository, target, parent);
        if (branch.isDirty()) {
            throw ApiException.badRequest(DIRTY_BRANCH);
        }
        Commit head = repository.commit(branch.head());
        Tree picked = Merges.threeWay(parentTree, target.tree(), head.tree(), "");
        if (picked.sameContent(head.tree())) {
            throw ApiException.badRequest("cherry-pick: no changes");
        }
        Commit commit = repository.addCommit(List.of(head.id()), committer,
                (message != null && !message.isEmpty()) ? message : target.message(), now(),
                (metadata != null) ? metadata : target.metadata(), picked);
        repository.moveHead(branch, commit.id());
        return commit;
    }

    /** Discards uncommitted changes: of one object, of a prefix, or all. */
    public void reset(Repository repository, String branchName, String type, @Nullable String path, boolean force) {
        repository.checkStagingWrite(branchName);
        Branch branch = Refs.branch(repository, branchName);
        repository.checkWritable(force);
        switch (type) {
            case "object" -> {
                Names.checkPath((path != null) ? path : "");
                repository.unstage(branch, (path != null) ? path : "");
            }
            case "common_prefix" -> {
                String prefix = (path != null) ? path : "";
                repository.unstagePrefix(branch, prefix);
            }
            case "reset" -> repository.unstagePrefix(branch, "");
            default -> throw ApiException.badRequest("reset type: invalid value: validation error");
        }
    }

    /** Points a clean branch at a ref's commit. */
    public void hardReset(Repository repository, String branchName, String ref, boolean force) {
        if (repository.protection().protects(branchName)) {
            // lakeFS's ResetHard checks the commit block first and answers the bare "protected branch".
            throw new ProtectedBranchException("protected branch");
        }
        Branch branch = Refs.branch(repository, branchName);
        repository.checkWritable(force);
        Commit commit = Refs.resolveCommit(repository, ref);
        if (branch.isDirty()) {
            throw ApiException.badRequest(DIRTY_BRANCH);
        }
        repository.moveHead(branch, commit.id());
    }

    public Commit createTag(Repository repository, String id, String ref, boolean force) {
        Names.checkTag(id);
        repository.checkWritable(force);
        Commit commit = Refs.resolveCommit(repository, ref);
        if (Refs.nameTaken(repository, id)) {
            throw ApiException.conflict("tag already exists: not unique");
        }
        repository.putTag(id, commit.id());
        return commit;
    }

    public void deleteTag(Repository repository, String id, boolean force) {
        repository.checkWritable(force);
        if (!repository.removeTag(id)) {
            throw ApiException.notFound("tag not found");
        }
    }

    /** Replaces the objects under destination prefixes with imported ones, in one commit on top of the branch. */
    public Commit commitImport(Repository repository, String branchName, Map<String, Entry> imported,
            List<String> replacedPrefixes, String committer, String message, Map<String, String> metadata,
            boolean force) {
        Branch branch = Refs.branch(repository, branchName);
        repository.checkWritable(force);
        Commit head = repository.commit(branch.head());
        TreeMap<String, StagedEntry> changes = new TreeMap<>();
        for (String prefix : replacedPrefixes) {
            for (Iterator<Map.Entry<String, Entry>> cursor = head.tree().from(prefix); cursor.hasNext();) {
                String path = cursor.next().getKey();
                if (!path.startsWith(prefix)) {
                    break;
                }
                changes.put(path, StagedEntry.TOMBSTONE);
            }
        }
        imported.forEach((path, entry) -> changes.put(path, new StagedEntry(entry)));
        Commit commit = repository.addCommit(List.of(head.id()), committer, message, now(), metadata,
                head.tree().replace(changes));
        repository.moveHead(branch, commit.id());
        return commit;
    }

    private static Tree parentTree(Repository repository, Commit target, int parentNumber) {
        if (parentNumber > Math.max(1, target.parents().size()) || parentNumber < 0) {
            throw ApiException.badRequest("parent number " + parentNumber + " out of range");
        }
        if (target.parents().isEmpty()) {
            return Tree.EMPTY;
        }
        return repository.commit(target.parents().get(Math.max(parentNumber, 1) - 1)).tree();
    }

    private long now() {
        return this.clock.instant().getEpochSecond();
    }

    /**
     * What a merge asks for.
     *
     * @param message the message, or null for lakeFS's default
     * @param metadata commit metadata
     * @param strategy null, empty, {@code dest-wins} or {@code source-wins}
     * @param force merge even without changes, or into a read-only repository
     * @param allowEmpty merge even without changes
     * @param squash record only the destination as parent
     */
    public record MergeRequest(@Nullable String message, Map<String, String> metadata, @Nullable String strategy,
            boolean force, boolean allowEmpty, boolean squash) {
    }
}
