package dev.lakefs.embedded.versioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/** Walks a commit's history newest first (call under the repository's lock). */
public final class CommitLog {

    private CommitLog() {
    }

    /**
     * The history of {@code start}, newest first.
     *
     * @param firstParent follow first parents only
     * @param include which commits to report (all are walked)
     * @param stopAt a commit id after which to stop (inclusive), or null
     * @param limit stop once this many commits are reported
     */
    public static List<Commit> walk(Repository repository, Commit start, boolean firstParent,
            Predicate<Commit> include, @Nullable String stopAt, int limit) {
        PriorityQueue<Commit> queue = new PriorityQueue<>(Comparator.comparingLong(Commit::sequence).reversed());
        Set<String> seen = new HashSet<>();
        queue.add(start);
        seen.add(start.id());
        List<Commit> result = new ArrayList<>();
        while (!queue.isEmpty() && result.size() < limit) {
            Commit commit = queue.poll();
            if (include.test(commit)) {
                result.add(commit);
            }
            if (commit.id().equals(stopAt)) {
                break;
            }
            List<String> parents = firstParent && !commit.parents().isEmpty() ? commit.parents().subList(0, 1)
                    : commit.parents();
            for (String parent : parents) {
                if (seen.add(parent)) {
                    queue.add(repository.commit(parent));
                }
            }
        }
        return result;
    }

    /** Whether a commit changed any of these paths or anything under these prefixes, against its first parent. */
    public static boolean touches(Repository repository, Commit commit, List<String> objects, List<String> prefixes) {
        Tree parent = commit.parents().isEmpty() ? Tree.EMPTY : repository.commit(commit.parents().get(0)).tree();
        for (String path : objects) {
            if (!Entry.sameIdentity(parent.get(path), commit.tree().get(path))) {
                return true;
            }
        }
        if (prefixes.isEmpty()) {
            return false;
        }
        return Diffs.between(parent, commit.tree()).stream()
            .anyMatch(change -> prefixes.stream().anyMatch(change.path()::startsWith));
    }
}
