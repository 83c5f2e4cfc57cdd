package dev.lakefs.embedded.versioning;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.lakefs.embedded.http.ApiException;
import org.jspecify.annotations.Nullable;

/** Merge bases and three-way merges of trees. */
public final class Merges {

    /** The strategies lakeFS accepts; empty means "fail on conflict". */
    public static final Set<String> STRATEGIES = Set.of("", "dest-wins", "source-wins");

    private Merges() {
    }

    /**
     * The best common ancestor: of the ancestors of {@code right}, visited highest generation first, the first one
     * that is also an ancestor of {@code left}. Null when the histories are unrelated.
     */
    public static @Nullable Commit base(Repository repository, Commit left, Commit right) {
        Set<String> leftAncestors = new HashSet<>();
        Deque<Commit> pending = new ArrayDeque<>();
        pending.add(left);
        while (!pending.isEmpty()) {
            Commit commit = pending.poll();
            if (leftAncestors.add(commit.id())) {
                commit.parents().forEach(parent -> pending.add(repository.commit(parent)));
            }
        }
        PriorityQueue<Commit> queue = new PriorityQueue<>(
                Comparator.comparingLong(Commit::generation).thenComparingLong(Commit::sequence).reversed());
        Set<String> seen = new HashSet<>();
        queue.add(right);
        while (!queue.isEmpty()) {
            Commit commit = queue.poll();
            if (leftAncestors.contains(commit.id())) {
                return commit;
            }
            for (String parent : commit.parents()) {
                if (seen.add(parent)) {
                    queue.add(repository.commit(parent));
                }
            }
        }
        return null;
    }

    /**
     * Merges {@code source} into {@code destination} given their common {@code base}. A path changed on one side
     * only takes that side; changed on both sides differently is a conflict, settled by the strategy or thrown as 409
     * {@code {"reference":""}}.
     */
    public static Tree threeWay(Tree base, Tree source, Tree destination, String strategy) {
        TreeSet<String> paths = new TreeSet<>(base.entries().keySet());
        paths.addAll(source.entries().keySet());
        paths.addAll(destination.entries().keySet());
        Map<String, Entry> merged = new TreeMap<>();
        for (String path : paths) {
            Entry b = base.get(path);
            Entry s = source.get(path);
            Entry d = destination.get(path);
            Entry result;
            if (Entry.sameIdentity(s, d) || Entry.sameIdentity(s, b)) {
                result = d;
            }
            else if (Entry.sameIdentity(d, b)) {
                result = s;
            }
            else if (strategy.equals("source-wins")) {
                result = s;
            }
            else if (strategy.equals("dest-wins")) {
                result = d;
            }
            else {
                throw conflict();
            }
            if (result != null) {
                merged.put(path, result);
            }
        }
        return Tree.of(merged);
    }

    /** lakeFS's merge conflict: 409 with a {@code MergeResult} whose reference is empty. */
    static ApiException conflict() {
        return new ApiException(409, "conflict found", new MergeConflictBody(""), Map.of());
    }

    /**
     * The body of a merge conflict.
     *
     * @param reference always empty
     */
    public record MergeConflictBody(String reference) {
    }
}
