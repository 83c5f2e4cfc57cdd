package dev.lakefs.embedded.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;

/** Computes differences between trees and of a branch's staging area. */
public final class Diffs {

    private Diffs() {
    }

    /** What changed from {@code left} to {@code right}, by path. */
    public static List<Change> between(NavigableMap<String, Entry> left, NavigableMap<String, Entry> right) {
        TreeSet<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            Entry before = left.get(path);
            Entry after = right.get(path);
            if (before == null) {
                changes.add(new Change("added", path, null, after));
            }
            else if (after == null) {
                changes.add(new Change("removed", path, before, null));
            }
            else if (!Entry.sameIdentity(before, after)) {
                changes.add(new Change("changed", path, before, after));
            }
        }
        return changes;
    }

    /**
     * lakeFS's three-dot compare: the differences from {@code left} to {@code right} on paths that {@code right}
     * changed since the merge base. Changes both sides made identically are not differences, so they vanish.
     */
    public static List<Change> compare(Tree base, Tree left, Tree right) {
        List<Change> changes = new ArrayList<>();
        for (Change change : between(left.entries(), right.entries())) {
            if (!Entry.sameIdentity(base.get(change.path()), change.right())) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** A branch's uncommitted changes against its head; re-staged identical objects and deleted new ones vanish. */
    public static List<Change> uncommitted(Branch branch, Tree committed) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, StagedEntry> staged : branch.staging().entrySet()) {
            Entry before = committed.get(staged.getKey());
            Entry after = staged.getValue().entry();
            if (after == null) {
                if (before != null) {
                    changes.add(new Change("removed", staged.getKey(), before, null));
                }
            }
            else if (before == null) {
                changes.add(new Change("added", staged.getKey(), null, after));
            }
            else if (!Entry.sameIdentity(before, after)) {
                changes.add(new Change("changed", staged.getKey(), before, after));
            }
        }
        return changes;
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
