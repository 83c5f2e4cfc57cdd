package dev.lakefs.embedded.versioning;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A persistent sorted map of path to entry: a treap whose priorities are a hash of the path, so its shape depends
 * only on its set of paths, never on the order of the updates that built it. Nodes are immutable; an update copies
 * the path from the root to the changed node (O(log n) new nodes) and shares every other subtree with the version it
 * started from. Each node caches a Merkle hash (128 bits of SHA-256 over its entry's identity and its children's
 * hashes), so equal content gives an equal root hash, and a diff skips subtrees that are the same object or carry the
 * same hash.
 * <p>
 * Hashes are computed lazily, at most once per node: nodes made and dropped within one batch of updates are never
 * hashed. The recursion depth of every operation is at most the tree's depth: for paths not chosen to defeat the
 * hash, a path lies about 2 ln n deep on average (28 at a million paths), and the deepest about twice that.
 */
final class Treap {

    private static final int HASH_BYTES = 16;

    private static final byte[] NO_CHILD = new byte[HASH_BYTES];

    private Treap() {
    }

    /**
     * An immutable node: one path, its entry, and the subtrees of smaller and larger paths; 48 bytes with compressed
     * references, so a change costs about 48 bytes per level it copies. Its 128-bit Merkle hash is zero until
     * computed (a computed zero is stored as one). Hashes are written one thread at a time ({@link #rootHash}); a
     * diff that reads one half-written sees a hash no other node has, so it only compares that subtree further.
     */
    static final class Node {

        final String key;

        final Entry value;

        final @Nullable Node left;

        final @Nullable Node right;

        final int priority;

        private long hashHigh;

        private long hashLow;

        Node(String key, Entry value, @Nullable Node left, @Nullable Node right, int priority) {
            this.key = key;
            this.value = value;
            this.left = left;
            this.right = right;
            this.priority = priority;
        }

        private Node with(@Nullable Node newLeft, @Nullable Node newRight) {
            return (newLeft == this.left && newRight == this.right) ? this
                    : new Node(this.key, this.value, newLeft, newRight, this.priority);
        }

        /** Whether this node goes above {@code other}: higher priority, ties broken by path. */
        boolean above(Node other) {
            return Treap.above(this.priority, this.key, other.priority, other.key);
        }

        boolean hashed() {
            return (this.hashHigh | this.hashLow) != 0;
        }

        /** Whether both hashes are known and equal (an unknown hash is never computed here). */
        boolean knownSameHash(Node other) {
            return hashed() && this.hashHigh == other.hashHigh && this.hashLow == other.hashLow;
        }
    }

    /**
     * The priority of a path: the high half of a 64-bit hash of its characters (FNV-1a, then a SplitMix64 finalizer
     * to spread it). It must never change: it fixes the tree's shape, and so every metarange id.
     */
    static int priority(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return (int) ((hash ^ (hash >>> 31)) >>> 32);
    }

    static @Nullable Entry get(@Nullable Node root, String key) {
        Node node = root;
        while (node != null) {
            int order = key.compareTo(node.key);
            if (order == 0) {
                return node.value;
            }
            node = (order < 0) ? node.left : node.right;
        }
        return null;
    }

    /** The tree with {@code key} set to {@code value}; the same tree when it already holds that very entry. */
    static Node put(@Nullable Node node, String key, Entry value, int priority) {
        if (node == null) {
            return new Node(key, value, null, null, priority);
        }
        int order = key.compareTo(node.key);
        if (order == 0) {
            return (node.value == value) ? node : new Node(key, value, node.left, node.right, node.priority);
        }
        if (above(priority, key, node.priority, node.key)) {
            Split split = split(node, key);
            return new Node(key, value, split.less, split.greater, priority);
        }
        return (order < 0) ? node.with(put(node.left, key, value, priority), node.right)
                : node.with(node.left, put(node.right, key, value, priority));
    }

    /** The tree without {@code key}; the same tree when it does not hold it. */
    static @Nullable Node remove(@Nullable Node node, String key) {
        if (node == null) {
            return null;
        }
        int order = key.compareTo(node.key);
        if (order == 0) {
            return join(node.left, node.right);
        }
        return (order < 0) ? node.with(remove(node.left, key), node.right)
                : node.with(node.left, remove(node.right, key));
    }

    /** The paths below and above {@code key} (the key itself, if present, is dropped). */
    record Split(@Nullable Node less, @Nullable Node greater) {
    }

    static Split split(@Nullable Node node, String key) {
        if (node == null) {
            return new Split(null, null);
        }
        int order = key.compareTo(node.key);
        if (order == 0) {
            return new Split(node.left, node.right);
        }
        if (order < 0) {
            Split below = split(node.left, key);
            return new Split(below.less, node.with(below.greater, node.right));
        }
        Split below = split(node.right, key);
        return new Split(node.with(node.left, below.less), below.greater);
    }

    /** Joins two trees where every path of {@code less} sorts before every path of {@code greater}. */
    static @Nullable Node join(@Nullable Node less, @Nullable Node greater) {
        if (less == null) {
            return greater;
        }
        if (greater == null) {
            return less;
        }
        return less.above(greater) ? less.with(less.left, join(less.right, greater))
                : greater.with(join(less, greater.left), greater.right);
    }

    /**
     * Builds the tree of sorted, distinct paths in linear time (the Cartesian tree of their priorities): each new
     * path pops the right spine of the nodes it goes above, which become its left subtree.
     */
    static @Nullable Node build(String[] keys, Entry[] values) {
        int count = keys.length;
        if (count == 0) {
            return null;
        }
        int[] priorities = new int[count];
        int[] lefts = new int[count];
        int[] rights = new int[count];
        int[] spine = new int[count];
        int depth = 0;
        for (int i = 0; i < count; i++) {
            priorities[i] = priority(keys[i]);
            lefts[i] = -1;
            rights[i] = -1;
            int last = -1;
            while (depth > 0 && above(priorities[i], keys[i], priorities[spine[depth - 1]], keys[spine[depth - 1]])) {
                last = spine[--depth];
            }
            lefts[i] = last;
            if (depth > 0) {
                rights[spine[depth - 1]] = i;
            }
            spine[depth++] = i;
        }
        return assemble(spine[0], keys, values, priorities, lefts, rights);
    }

    private static boolean above(int priority, String key, int otherPriority, String otherKey) {
        return priority > otherPriority || (priority == otherPriority && key.compareTo(otherKey) < 0);
    }

    private static Node assemble(int index, String[] keys, Entry[] values, int[] priorities, int[] lefts,
            int[] rights) {
        Node left = (lefts[index] < 0) ? null : assemble(lefts[index], keys, values, priorities, lefts, rights);
        Node right = (rights[index] < 0) ? null : assemble(rights[index], keys, values, priorities, lefts, rights);
        return new Node(keys[index], values[index], left, right, priorities[index]);
    }

    /**
     * The tree's id: SHA-256 over the root's Merkle hash, as 64 hex characters (the length of lakeFS's ids). Hashes
     * every node not hashed yet, so a tree made from a hashed one by k changes costs O(k log n) hashes. One thread
     * at a time: trees share nodes, and a parent's hash must never be made from a child's half-written one.
     */
    static synchronized String rootHash(Node root) {
        MessageDigest sha256 = Tree.Hashing.sha256();
        ensureHashed(root, sha256);
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(hashBytes(root)));
    }

    private static void ensureHashed(@Nullable Node node, MessageDigest sha256) {
        if (node == null || node.hashed()) {
            return;
        }
        ensureHashed(node.left, sha256);
        ensureHashed(node.right, sha256);
        sha256.reset();
        sha256.update(hashBytes(node.left));
        sha256.update(hashBytes(node.right));
        Tree.Hashing.update(sha256, node.key);
        Entry entry = node.value;
        Tree.Hashing.update(sha256, entry.checksum());
        Tree.Hashing.update(sha256, Long.toString(entry.sizeBytes()));
        Tree.Hashing.update(sha256, entry.contentType());
        if (!entry.metadata().isEmpty()) {
            new TreeMap<>(entry.metadata()).forEach((key, value) -> {
                Tree.Hashing.update(sha256, key);
                Tree.Hashing.update(sha256, value);
            });
        }
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
        long high = digest.getLong();
        long low = digest.getLong();
        node.hashHigh = high;
        node.hashLow = ((high | low) == 0) ? 1 : low;
    }

    private static byte[] hashBytes(@Nullable Node node) {
        if (node == null) {
            return NO_CHILD;
        }
        return ByteBuffer.allocate(HASH_BYTES).putLong(node.hashHigh).putLong(node.hashLow).array();
    }

    /** Receives the differences of a diff, in path order. */
    interface DiffSink {

        void accept(String path, @Nullable Entry before, @Nullable Entry after);
    }

    /**
     * Reports every path whose entry differs (by reference) between the two trees, in path order. Subtrees that are
     * the same object are skipped and, with {@code skipSameHash}, so are those whose known hashes are equal (they hold
     * the same objects by identity, perhaps at other addresses). Trees that share most of their nodes are thus
     * compared in time proportional to their differences (times the depth).
     * <p>
     * Both shapes depend only on the path sets: when both roots hold the same path, the children compare pairwise;
     * otherwise the root that goes above the other is in one tree only, and the other tree is split around it.
     */
    static void diff(@Nullable Node left, @Nullable Node right, boolean skipSameHash, DiffSink sink) {
        if (left == right) {
            return;
        }
        if (left == null) {
            forEach(right, node -> sink.accept(node.key, null, node.value));
            return;
        }
        if (right == null) {
            forEach(left, node -> sink.accept(node.key, node.value, null));
            return;
        }
        if (skipSameHash && left.knownSameHash(right)) {
            return;
        }
        if (left.key.equals(right.key)) {
            diff(left.left, right.left, skipSameHash, sink);
            if (left.value != right.value) {
                sink.accept(left.key, left.value, right.value);
            }
            diff(left.right, right.right, skipSameHash, sink);
        }
        else if (left.above(right)) {
            Split split = split(right, left.key);
            diff(left.left, split.less, skipSameHash, sink);
            sink.accept(left.key, left.value, null);
            diff(left.right, split.greater, skipSameHash, sink);
        }
        else {
            Split split = split(left, right.key);
            diff(split.less, right.left, skipSameHash, sink);
            sink.accept(right.key, null, right.value);
            diff(split.greater, right.right, skipSameHash, sink);
        }
    }

    private static void forEach(@Nullable Node node, Consumer<Node> action) {
        if (node != null) {
            forEach(node.left, action);
            action.accept(node);
            forEach(node.right, action);
        }
    }

    /** The entries from {@code from} on (inclusive), in path order: O(depth) to start, amortized O(1) a step. */
    static Iterator<Map.Entry<String, Entry>> from(@Nullable Node root, String from) {
        return new Cursor(root, from);
    }

    /** An in-order walk that keeps the nodes still to visit (each with its right subtree to come) on a stack. */
    private static final class Cursor implements Iterator<Map.Entry<String, Entry>> {

        private final ArrayDeque<Node> pending = new ArrayDeque<>();

        Cursor(@Nullable Node root, String from) {
            Node node = root;
            while (node != null) {
                if (from.compareTo(node.key) <= 0) {
                    this.pending.push(node);
                    node = node.left;
                }
                else {
                    node = node.right;
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !this.pending.isEmpty();
        }

        @Override
        public Map.Entry<String, Entry> next() {
            if (this.pending.isEmpty()) {
                throw new NoSuchElementException();
            }
            Node node = this.pending.pop();
            for (Node next = node.right; next != null; next = next.left) {
                this.pending.push(next);
            }
            return Map.entry(node.key, node.value);
        }
    }

    /** Counts the nodes reachable from {@code root} that are not reachable from {@code shared} (for tests). */
    static int unshared(@Nullable Node root, @Nullable Node shared) {
        Set<Node> known = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(shared, known);
        return countNew(root, known);
    }

    private static void collect(@Nullable Node node, Set<Node> known) {
        if (node != null && known.add(node)) {
            collect(node.left, known);
            collect(node.right, known);
        }
    }

    private static int countNew(@Nullable Node node, Set<Node> known) {
        if (node == null || known.contains(node)) {
            return 0;
        }
        return 1 + countNew(node.left, known) + countNew(node.right, known);
    }
}
