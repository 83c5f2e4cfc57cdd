package dev.lakefs.embedded.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Computes differences between trees and of a branch's staging area. */
public final class Diffs {

    private Diffs() {
    }

    /**
     * What changed from {@code left} to {@code right}, by path. Subtrees both trees share are skipped, so two nearby
     * commits compare in time proportional to their differences (times the depth of the tree), not to their size.
     */
    public static List<Change> between(Tree left, Tree right) {
        List<Change> changes = new ArrayList<>();
        left.diff(right, (path, before, after) -> {
            Change change = change(path, before, after);
            if (change != null) {
                changes.add(change);
            }
        });
        return changes;
    }

    /**
     * lakeFS's three-dot compare: the differences from {@code left} to {@code right} on paths that {@code right}
     * changed since the merge base. Changes both sides made identically are not differences, so they vanish. Walks
     * only what {@code right} changed since the base.
     */
    public static List<Change> compare(Tree base, Tree left, Tree right) {
        List<Change> changes = new ArrayList<>();
        for (Change sinceBase : between(base, right)) {
            Change change = change(sinceBase.path(), left.get(sinceBase.path()), sinceBase.right());
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** A branch's uncommitted changes against its head; re-staged identical objects and deleted new ones vanish. */
    public static List<Change> uncommitted(Branch branch, Tree committed) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, StagedEntry> staged : branch.staging().entrySet()) {
            Change change = change(staged.getKey(), committed.get(staged.getKey()), staged.getValue().entry());
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** The change from {@code before} to {@code after}, or null when they are the same object for lakeFS. */
    private static @Nullable Change change(String path, @Nullable Entry before, @Nullable Entry after) {
        if (before == null) {
            return (after == null) ? null : new Change("added", path, null, after);
        }
        if (after == null) {
            return new Change("removed", path, before, null);
        }
        return Entry.sameIdentity(before, after) ? null : new Change("changed", path, before, after);
    }

    /**
     * Keeps the changes under {@code prefix} and, with a delimiter, folds those below the next delimiter into one
     * {@code prefix_changed} entry per common prefix.
     */
    public static List<Change> under(List<Change> changes, String prefix, String delimiter) {
        List<Change> result = new ArrayList<>();
        String lastPrefix = null;
        for (Change change : changes) {
            if (!change.path().startsWith(prefix)) {
                continue;
            }
            int at = delimiter.isEmpty() ? -1 : change.path().indexOf(delimiter, prefix.length());
            if (at < 0) {
                result.add(change);
                continue;
            }
            String common = change.path().substring(0, at + delimiter.length());
            if (!common.equals(lastPrefix)) {
                result.add(new Change("prefix_changed", common, null, null));
                lastPrefix = common;
            }
        }
        return result;
    }
}
