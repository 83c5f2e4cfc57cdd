package dev.lakefs.embedded.versioning;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A persistent sorted map of path to entry: a treap whose priorities are a hash of the path, so its shape depends
 * only on its set of paths, never on the order of the updates that built it. Nodes are immutable; an update copies
 * the path from the root to the changed node (O(log n) new nodes) and shares every other subtree with the version it
 * started from, and a diff skips subtrees that are the same object.
 * <p>
 * The recursion depth of every operation is at most the tree's depth: for paths not chosen to defeat the
 * hash, a path lies about 2 ln n deep on average (28 at a million paths), and the deepest about twice that.
 */
final class Treap {

    private Treap() {
    }

    /**
     * An immutable node: one path, its entry, and the subtrees of smaller and larger paths; 32 bytes with compressed
     * references, so a change costs about 32 bytes per level it copies. Nodes carry no hash: the tree's id is kept
     * beside the tree ({@link ContentSum}), so nothing is computed per copied node.
     */
    static final class Node {

        final String key;

        final Entry value;

        final @Nullable Node left;

        final @Nullable Node right;

        final int priority;

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
    }

    /**
     * The priority of a path: the high half of a 64-bit hash of its characters (FNV-1a, then a SplitMix64 finalizer
     * to spread it). It fixes the tree's shape, so the same paths always make the same tree.
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

    /** Where {@link #put} and {@link #remove} leave the entry they replaced, so an update walks the tree once. */
    static final class Replaced {

        @Nullable Entry entry;
    }

    /**
     * The tree with {@code key} set to {@code value}; the same tree when it already holds that very entry. The entry
     * it held before, if any, goes to {@code replaced}.
     */
    static Node put(@Nullable Node node, String key, Entry value, int priority, Replaced replaced) {
        if (node == null) {
            return new Node(key, value, null, null, priority);
        }
        int order = key.compareTo(node.key);
        if (order == 0) {
            replaced.entry = node.value;
            // The path already held keeps its string: a new version does not bring another copy of it.
            return (node.value == value) ? node : new Node(node.key, value, node.left, node.right, node.priority);
        }
        if (above(priority, key, node.priority, node.key)) {
            // A path held in this subtree would have this priority and so be this node: the path is new.
            Split split = split(node, key);
            return new Node(key, value, split.less, split.greater, priority);
        }
        return (order < 0) ? node.with(put(node.left, key, value, priority, replaced), node.right)
                : node.with(node.left, put(node.right, key, value, priority, replaced));
    }

    /**
     * The tree without {@code key}; the same tree when it does not hold it. The removed entry goes to
     * {@code replaced}.
     */
    static @Nullable Node remove(@Nullable Node node, String key, Replaced replaced) {
        if (node == null) {
            return null;
        }
        int order = key.compareTo(node.key);
        if (order == 0) {
            replaced.entry = node.value;
            return join(node.left, node.right);
        }
        return (order < 0) ? node.with(remove(node.left, key, replaced), node.right)
                : node.with(node.left, remove(node.right, key, replaced));
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

    /** Receives the differences of a diff, in path order. */
    interface DiffSink {

        void accept(String path, @Nullable Entry before, @Nullable Entry after);
    }

    /**
     * Reports every path whose entry differs (by reference) between the two trees, in path order. Subtrees that are
     * the same object are skipped, so trees that share most of their nodes are compared in time proportional to their
     * differences (times the depth); trees built apart are walked whole.
     * <p>
     * Both shapes depend only on the path sets: when both roots hold the same path, the children compare pairwise;
     * otherwise the root that goes above the other is in one tree only, and the other tree is split around it.
     */
    static void diff(@Nullable Node left, @Nullable Node right, DiffSink sink) {
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
        if (left.key.equals(right.key)) {
            diff(left.left, right.left, sink);
            if (left.value != right.value) {
                sink.accept(left.key, left.value, right.value);
            }
            diff(left.right, right.right, sink);
        }
        else if (left.above(right)) {
            Split split = split(right, left.key);
            diff(left.left, split.less, sink);
            sink.accept(left.key, left.value, null);
            diff(left.right, split.greater, sink);
        }
        else {
            Split split = split(left, right.key);
            diff(split.less, right.left, sink);
            sink.accept(right.key, null, right.value);
            diff(split.greater, right.right, sink);
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
