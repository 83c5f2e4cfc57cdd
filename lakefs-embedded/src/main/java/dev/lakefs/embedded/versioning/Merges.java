package dev.lakefs.embedded.versioning;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import dev.lakefs.embedded.http.ApiException;
import org.jspecify.annotations.Nullable;

/** Merge bases and three-way merges of trees. */
public final class Merges {

    /** The strategies lakeFS accepts; empty means "fail on conflict". */
    public static final Set<String> STRATEGIES = Set.of("", "dest-wins", "source-wins");

    private static final int FROM_LEFT = 1;

    private static final int FROM_RIGHT = 2;

    private static final int FROM_BOTH = FROM_LEFT | FROM_RIGHT;

    private Merges() {
    }

    /**
     * The best common ancestor: the common ancestor of {@code left} and {@code right} with the highest generation
     * (then the newest). Null when the histories are unrelated.
     * <p>
     * Both histories are walked together, highest generation first, each commit carrying which side reaches it. A
     * commit's descendants all have higher generations, so by the time it is taken from the queue every side that
     * reaches it has marked it: the first commit both sides reach is the answer. The walk stops there, so its cost
     * is the distance to the merge base, not the length of the history (a branch merged back every few commits
     * would otherwise make each merge slower than the last).
     */
    public static @Nullable Commit base(Repository repository, Commit left, Commit right) {
        Map<String, Integer> reachedFrom = new HashMap<>();
        PriorityQueue<Commit> queue = new PriorityQueue<>(
                Comparator.comparingLong(Commit::generation).thenComparingLong(Commit::sequence).reversed());
        reach(queue, reachedFrom, left, FROM_LEFT);
        reach(queue, reachedFrom, right, FROM_RIGHT);
        while (!queue.isEmpty()) {
            Commit commit = queue.poll();
            int sides = reachedFrom.get(commit.id());
            if (sides == FROM_BOTH) {
                return commit;
            }
            for (String parent : commit.parents()) {
                reach(queue, reachedFrom, repository.commit(parent), sides);
            }
        }
        return null;
    }

    /**
     * Marks {@code commit} as reached from {@code sides}, queueing it the first time it is reached. It cannot have
     * left the queue yet: it is reached only from a descendant, and those are taken first.
     */
    private static void reach(PriorityQueue<Commit> queue, Map<String, Integer> reachedFrom, Commit commit,
            int sides) {
        Integer before = reachedFrom.get(commit.id());
        reachedFrom.put(commit.id(), (before == null) ? sides : before | sides);
        if (before == null) {
            queue.add(commit);
        }
    }

    /**
     * Merges {@code source} into {@code destination} given their common {@code base}. A path changed on one side
     * only takes that side; changed on both sides differently is a conflict, settled by the strategy or thrown as 409
     * {@code {"reference":""}}.
     * <p>
     * Only the paths the source changed since the base can take anything but the destination's version, so the
     * merge walks the source's changes (skipping the subtrees it shares with the base) and applies them to the
     * destination: its cost follows the source's changes, not the size of the trees.
     */
    public static Tree threeWay(Tree base, Tree source, Tree destination, String strategy) {
        TreeMap<String, StagedEntry> taken = new TreeMap<>();
        for (Change change : Diffs.between(base, source)) {
            Entry b = change.left();
            Entry s = change.right();
            Entry d = destination.get(change.path());
            if (Entry.sameIdentity(s, d)) {
                continue;
            }
            if (Entry.sameIdentity(d, b) || strategy.equals("source-wins")) {
                taken.put(change.path(), new StagedEntry(s));
            }
            else if (!strategy.equals("dest-wins")) {
                throw conflict();
            }
        }
        return destination.apply(taken);
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
