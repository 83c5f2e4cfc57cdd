package dev.lakefs.embedded.versioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The committed content of a commit (lakeFS's metarange): an immutable map of path to entry, held in a persistent
 * tree ({@link Treap}) so that a tree made from another by k changes shares all but O(k log n) of its nodes with it,
 * as lakeFS's commits share their unchanged ranges. Its id is a hash of the entries' identities kept beside the
 * tree ({@link ContentSum}), so two trees with the same objects have the same id whatever their history and physical
 * addresses, and a commit of k changes updates it in O(k).
 */
public final class Tree implements EntryView, Iterable<Map.Entry<String, Entry>> {

    /** The empty tree; its id is empty, as for lakeFS's first commit. */
    public static final Tree EMPTY = new Tree(null, 0, new ContentSum());

    private final Treap.@Nullable Node root;

    private final int size;

    /** Never changed once the tree is made. */
    private final ContentSum sum;

    private volatile @Nullable String metaRangeId;

    private Tree(Treap.@Nullable Node root, int size, ContentSum sum) {
        this.root = root;
        this.size = size;
        this.sum = sum;
    }

    private static Tree rooted(Treap.@Nullable Node root, int size, ContentSum sum) {
        return (root == null) ? EMPTY : new Tree(root, size, sum);
    }

    /** A tree of these entries (linear time when they come sorted by path, as from a {@code TreeMap}). */
    public static Tree of(Map<String, Entry> entries) {
        return build(sorted(entries));
    }

    private static Tree build(SortedMap<String, Entry> sorted) {
        return build(sorted.keySet().toArray(new String[0]), sorted.values().toArray(new Entry[0]));
    }

    /** The tree of sorted, distinct paths and their entries. */
    private static Tree build(String[] keys, Entry[] values) {
        ContentSum sum = new ContentSum();
        for (int i = 0; i < keys.length; i++) {
            sum.add(keys[i], values[i]);
        }
        return rooted(Treap.build(keys, values), keys.length, sum);
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return (map instanceof SortedMap<String, V> sorted && sorted.comparator() == null) ? sorted
                : new TreeMap<>(map);
    }

    @Override
    public @Nullable Entry get(String path) {
        return Treap.get(this.root, path);
    }

    /** How many objects the tree holds. */
    public int size() {
        return this.size;
    }

    @Override
    public Iterator<Map.Entry<String, Entry>> from(String path) {
        return Treap.from(this.root, path);
    }

    /** Every entry, in path order. */
    @Override
    public Iterator<Map.Entry<String, Entry>> iterator() {
        return from("");
    }

    /**
     * Applies staged changes: entries identical to the committed ones keep the committed version. Costs O(k log n)
     * for k changes; the result shares every untouched subtree with this tree.
     */
    public Tree apply(Map<String, StagedEntry> staged) {
        return apply(staged, true);
    }

    /**
     * Applies changes as they are: a new version replaces the committed one even when they are the same object (an
     * import records the imported addresses).
     */
    Tree replace(Map<String, StagedEntry> changes) {
        return apply(changes, false);
    }

    private Tree apply(Map<String, StagedEntry> staged, boolean keepIdentical) {
        if (staged.isEmpty()) {
            return this;
        }
        if (this.root == null) {
            List<String> keys = new ArrayList<>(staged.size());
            List<Entry> values = new ArrayList<>(staged.size());
            sorted(staged).forEach((path, change) -> {
                if (change.entry() != null) {
                    keys.add(path);
                    values.add(change.entry());
                }
            });
            return build(keys.toArray(new String[0]), values.toArray(new Entry[0]));
        }
        Treap.Node result = this.root;
        int count = this.size;
        ContentSum newSum = this.sum.copy();
        Treap.Replaced replaced = new Treap.Replaced();
        for (Map.Entry<String, StagedEntry> change : staged.entrySet()) {
            String path = change.getKey();
            Entry entry = change.getValue().entry();
            replaced.entry = null;
            if (entry == null) {
                result = Treap.remove(result, path, replaced);
                Entry removed = replaced.entry;
                if (removed != null) {
                    newSum.remove(path, removed);
                    count--;
                }
                continue;
            }
            // One walk puts the new version and finds the current one; an identical one keeps the tree as it was.
            Treap.Node updated = Treap.put(result, path, entry, Treap.priority(path), replaced);
            Entry current = replaced.entry;
            if (!Entry.sameIdentity(current, entry)) {
                result = updated;
                if (current != null) {
                    newSum.remove(path, current);
                }
                newSum.add(path, entry);
                count += (current == null) ? 1 : 0;
            }
            else if (!keepIdentical) {
                result = updated;
            }
        }
        return (result == this.root) ? this : rooted(result, count, newSum);
    }

    /** The metarange id: empty for the empty tree, else a hash of its content sum. */
    public String metaRangeId() {
        String id = this.metaRangeId;
        if (id == null) {
            id = (this.root == null) ? "" : this.sum.id();
            this.metaRangeId = id;
        }
        return id;
    }

    /** Whether both trees hold the same objects (by identity). */
    public boolean sameContent(Tree other) {
        return this.root == other.root || metaRangeId().equals(other.metaRangeId());
    }

    /**
     * Reports, in path order, the paths whose objects differ (by identity) from this tree to another, and maybe some
     * whose entries are the same object at another address; nothing when both have the same id. Shared subtrees are
     * skipped; trees with different content built apart are walked whole.
     */
    void diff(Tree other, Treap.DiffSink sink) {
        if (!sameContent(other)) {
            Treap.diff(this.root, other.root, sink);
        }
    }

    /**
     * Reports, in path order, every path whose entry differs in any field (a new address included) from this tree to
     * another: what a journal must record to rebuild {@code other} from this tree with {@link #replace}. Costs the
     * differences times the depth when {@code other} was made from this tree.
     */
    void differences(Tree other, Treap.DiffSink sink) {
        Treap.diff(this.root, other.root, (path, before, after) -> {
            if (!Objects.equals(before, after)) {
                sink.accept(path, before, after);
            }
        });
    }

    /** How many of this tree's nodes another tree does not share (for tests of structural sharing). */
    int nodesNotIn(Tree other) {
        return Treap.unshared(this.root, other.root);
    }

    /** SHA-256 over length-prefixed fields, so no two field lists hash alike. */
    static final class Hashing {

        private Hashing() {
        }

        static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("SHA-256 is required of every JDK", ex);
            }
        }

        static void update(MessageDigest digest, String field) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
    }
}
