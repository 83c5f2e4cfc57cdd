package dev.lakefs.embedded.versioning;

import org.jspecify.annotations.Nullable;

/**
 * A ref expression resolved against a repository.
 *
 * @param commit the commit it names
 * @param branch the branch, when the expression names a branch's current state (plain, {@code @} or {@code $})
 * @param withStaging whether readers see the branch's uncommitted changes (plain name or {@code $})
 * @param stagingOnly whether it was {@code branch$}, which names no commit
 */
public record ResolvedRef(Commit commit, @Nullable Branch branch, boolean withStaging, boolean stagingOnly) {

    /** The object at a path as this ref shows it. */
    public @Nullable Entry lookup(String path) {
        return (this.withStaging && this.branch != null) ? this.branch.lookup(path, this.commit.tree())
                : this.commit.tree().get(path);
    }

    /** Every object this ref shows, sorted by path (a live view: read it under the repository's lock). */
    public EntryView view() {
        return (this.withStaging && this.branch != null) ? this.branch.view(this.commit.tree()) : this.commit.tree();
    }
}
