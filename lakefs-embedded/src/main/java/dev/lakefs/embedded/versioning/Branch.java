package dev.lakefs.embedded.versioning;

import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A branch: a movable pointer to a commit plus its staging area. Mutable, guarded by its repository's lock.
 */
public final class Branch {

    private final String name;

    private final boolean hidden;

    private String head;

    private final TreeMap<String, StagedEntry> staging = new TreeMap<>();

    Branch(String name, String head, boolean hidden) {
        this.name = name;
        this.head = head;
        this.hidden = hidden;
    }

    public String name() {
        return this.name;
    }

    public String head() {
        return this.head;
    }

    void moveTo(String commitId) {
        this.head = commitId;
    }

    public boolean hidden() {
        return this.hidden;
    }

    /** The uncommitted changes, sorted by path (live view; change them only through {@link Repository#stage}). */
    public NavigableMap<String, StagedEntry> staging() {
        return this.staging;
    }

    public boolean isDirty() {
        return !this.staging.isEmpty();
    }

    /** The object at a path as a reader of the branch sees it: staged first, then committed. */
    public @Nullable Entry lookup(String path, Tree committed) {
        StagedEntry staged = this.staging.get(path);
        return (staged != null) ? staged.entry() : committed.get(path);
    }

    /**
     * The committed tree with the staged changes applied, without identity folding (what readers see): a live view
     * over both, read under the repository's lock, never a copy.
     */
    public EntryView view(Tree committed) {
        return this.staging.isEmpty() ? committed : new StagedView(this.staging, committed);
    }
}
