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
 * as lakeFS's commits share their unchanged ranges. Its id is a Merkle hash of the entries' identities over a shape
 * that depends only on the paths, so two trees with the same objects have the same id whatever their history and
 * physical addresses.
 */
public final class Tree implements EntryView, Iterable<Map.Entry<String, Entry>> {

    /** The empty tree; its id is empty, as for lakeFS's first commit. */
    public static final Tree EMPTY = new Tree(null, 0);

    private final Treap.@Nullable Node root;

    private final int size;

    private volatile @Nullable String metaRangeId;

    private Tree(Treap.@Nullable Node root, int size) {
        this.root = root;
        this.size = size;
    }

    private static Tree rooted(Treap.@Nullable Node root, int size) {
        return (root == null) ? EMPTY : new Tree(root, size);
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
        return rooted(Treap.build(keys, values), keys.length);
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
        for (Map.Entry<String, StagedEntry> change : staged.entrySet()) {
            String path = change.getKey();
            Entry entry = change.getValue().entry();
            Entry current = Treap.get(result, path);
            if (entry == null) {
                if (current != null) {
                    result = Treap.remove(result, path);
                    count--;
                }
            }
            else if (!keepIdentical || !Entry.sameIdentity(current, entry)) {
                result = Treap.put(result, path, entry, Treap.priority(path));
                count += (current == null) ? 1 : 0;
            }
        }
        return (result == this.root) ? this : rooted(result, count);
    }

    /** The metarange id: empty for the empty tree, else the root's Merkle hash (hashing only new nodes). */
    public String metaRangeId() {
        String id = this.metaRangeId;
        if (id == null) {
            id = (this.root == null) ? "" : Treap.rootHash(this.root);
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
     * whose entries are the same object at another address; subtrees with the same hash are skipped.
     */
    void diff(Tree other, Treap.DiffSink sink) {
        Treap.diff(this.root, other.root, true, sink);
    }

    /**
     * Reports, in path order, every path whose entry differs in any field (a new address included) from this tree to
     * another: what a journal must record to rebuild {@code other} from this tree with {@link #replace}. Costs the
     * differences times the depth when {@code other} was made from this tree.
     */
    void differences(Tree other, Treap.DiffSink sink) {
        Treap.diff(this.root, other.root, false, (path, before, after) -> {
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
