package dev.lakefs.embedded.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * One change a repository applied to its state, as a data directory's journal keeps it. Changes describe results,
 * not requests (a commit carries its id, dates, generation and content), so replaying them rebuilds the same state
 * whatever the clock or the code's rules say at replay time.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = StateChange.CommitAdded.class, name = "commit"),
        @JsonSubTypes.Type(value = StateChange.BranchCreated.class, name = "branch"),
        @JsonSubTypes.Type(value = StateChange.BranchDeleted.class, name = "branch-deleted"),
        @JsonSubTypes.Type(value = StateChange.HeadMoved.class, name = "head"),
        @JsonSubTypes.Type(value = StateChange.Staged.class, name = "stage"),
        @JsonSubTypes.Type(value = StateChange.Unstaged.class, name = "unstage"),
        @JsonSubTypes.Type(value = StateChange.TagSet.class, name = "tag"),
        @JsonSubTypes.Type(value = StateChange.TagDeleted.class, name = "tag-deleted"),
        @JsonSubTypes.Type(value = StateChange.MetadataSet.class, name = "metadata"),
        @JsonSubTypes.Type(value = StateChange.MetadataRemoved.class, name = "metadata-removed"),
        @JsonSubTypes.Type(value = StateChange.ProtectionSet.class, name = "protection") })
public sealed interface StateChange {

    /**
     * A commit was added. Its tree is its first parent's tree (the empty tree without parents) with {@code upserts}
     * put and {@code removals} removed.
     *
     * @param id the commit id
     * @param parents parent ids, first parent first
     * @param committer who committed
     * @param message the message
     * @param creationDate Unix seconds
     * @param metadata commit metadata
     * @param generation the commit's generation
     * @param sequence the commit's creation order
     * @param upserts paths added or changed relative to the first parent
     * @param removals paths removed relative to the first parent
     */
    record CommitAdded(String id, List<String> parents, String committer, String message, long creationDate,
            Map<String, String> metadata, long generation, long sequence, Map<String, Entry> upserts,
            List<String> removals) implements StateChange {

        /** The change that records a commit whose first parent's tree is {@code base}. */
        static CommitAdded of(Commit commit, Tree base) {
            Map<String, Entry> upserts = new TreeMap<>();
            List<String> removals = new ArrayList<>();
            base.differences(commit.tree(), (path, before, after) -> {
                if (after == null) {
                    removals.add(path);
                }
                else {
                    upserts.put(path, after);
                }
            });
            return new CommitAdded(commit.id(), commit.parents(), commit.committer(), commit.message(),
                    commit.creationDate(), commit.metadata(), commit.generation(), commit.sequence(), upserts,
                    removals);
        }

        /** The commit this change describes, given its first parent's tree. */
        Commit toCommit(Tree base) {
            Map<String, StagedEntry> changes = new TreeMap<>();
            this.removals.forEach(path -> changes.put(path, StagedEntry.TOMBSTONE));
            this.upserts.forEach((path, entry) -> changes.put(path, new StagedEntry(entry)));
            return new Commit(this.id, this.parents, this.committer, this.message, this.creationDate, this.metadata,
                    this.generation, base.replace(changes), this.sequence);
        }
    }

    /**
     * A branch was created.
     *
     * @param name the branch
     * @param head the commit it points at
     * @param hidden whether it is hidden from listings
     */
    record BranchCreated(String name, String head, boolean hidden) implements StateChange {
    }

    /**
     * A branch was deleted.
     *
     * @param name the branch
     */
    record BranchDeleted(String name) implements StateChange {
    }

    /**
     * A branch was moved to a commit.
     *
     * @param branch the branch
     * @param commit the commit it points at now
     */
    record HeadMoved(String branch, String commit) implements StateChange {
    }

    /**
     * A path of a branch's staging area was set.
     *
     * @param branch the branch
     * @param path the object path
     * @param entry the staged version, or null for a tombstone
     */
    record Staged(String branch, String path, @Nullable Entry entry) implements StateChange {
    }

    /**
     * Staged changes were dropped: of one path, or of every path under a prefix.
     *
     * @param branch the branch
     * @param path the path, or the prefix when {@code prefix} (empty: the whole staging area)
     * @param prefix whether {@code path} is a prefix
     */
    record Unstaged(String branch, String path, boolean prefix) implements StateChange {
    }

    /**
     * A tag was created.
     *
     * @param id the tag
     * @param commit the commit it names
     */
    record TagSet(String id, String commit) implements StateChange {
    }

    /**
     * A tag was deleted.
     *
     * @param id the tag
     */
    record TagDeleted(String id) implements StateChange {
    }

    /**
     * Repository metadata was set.
     *
     * @param entries the keys and values set
     */
    record MetadataSet(Map<String, String> entries) implements StateChange {
    }

    /**
     * Repository metadata keys were removed.
     *
     * @param keys the keys removed
     */
    record MetadataRemoved(List<String> keys) implements StateChange {
    }

    /**
     * The branch protection rules were replaced.
     *
     * @param patterns every rule pattern, after the change
     */
    record ProtectionSet(List<String> patterns) implements StateChange {
    }
}
