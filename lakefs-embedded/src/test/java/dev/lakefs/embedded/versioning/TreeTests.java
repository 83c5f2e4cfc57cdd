package dev.lakefs.embedded.versioning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.lakefs.embedded.api.ObjectListing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The persistent tree behind commits, checked against {@link TreeMap} on random operations: content, order, range
 * reads, diffs and merges, the id's independence of history, and how much two versions share.
 */
class TreeTests {

    private static final int PATHS = 400;

    private final Random random = new Random(15);

    @Test
    void randomUpdatesKeepTheContentAndOrderOfATreeMap() {
        TreeMap<String, Entry> expected = new TreeMap<>();
        Tree tree = Tree.EMPTY;
        for (int round = 0; round < 60; round++) {
            TreeMap<String, StagedEntry> staged = randomChanges(1 + this.random.nextInt(40));
            tree = tree.apply(staged);
            applyTo(expected, staged);
            assertThat(contents(tree)).containsExactlyEntriesOf(expected);
            assertThat(tree.size()).isEqualTo(expected.size());
            for (int probe = 0; probe < 20; probe++) {
                String path = path(this.random.nextInt(PATHS));
                assertThat(tree.get(path)).isEqualTo(expected.get(path));
            }
        }
    }

    @Test
    void readsFromAnyPathOnAsATailMap() {
        TreeMap<String, Entry> expected = new TreeMap<>();
        applyTo(expected, randomChanges(300));
        Tree tree = Tree.of(expected);
        for (String from : List.of("", "a", "p/0100", "p/0100x", "p/02", "p/~", "q")) {
            List<String> read = new ArrayList<>();
            tree.from(from).forEachRemaining(entry -> read.add(entry.getKey()));
            assertThat(read).containsExactlyElementsOf(expected.tailMap(from, true).keySet());
        }
    }

    @Test
    void theIdDependsOnTheContentOnlyNotOnHistoryOrAddresses() {
        TreeMap<String, Entry> content = new TreeMap<>();
        applyTo(content, randomChanges(200));
        Tree built = Tree.of(content);
        List<String> shuffled = new ArrayList<>(content.keySet());
        Collections.shuffle(shuffled, this.random);
        Tree grown = Tree.EMPTY;
        for (String path : shuffled) {
            grown = grown.apply(Map.of(path, new StagedEntry(relocated(content.get(path)))));
            grown = grown.apply(Map.of("extra/" + path, new StagedEntry(entry("x"))));
        }
        for (String path : shuffled) {
            grown = grown.apply(Map.of("extra/" + path, StagedEntry.TOMBSTONE));
        }
        assertThat(grown.metaRangeId()).hasSize(64).isEqualTo(built.metaRangeId());
        assertThat(grown.sameContent(built)).isTrue();
        Tree changed = built.apply(Map.of(shuffled.get(0), new StagedEntry(entry("other content"))));
        assertThat(changed.metaRangeId()).isNotEqualTo(built.metaRangeId());
        assertThat(Tree.EMPTY.metaRangeId()).isEmpty();
        assertThat(built.apply(Map.of(shuffled.get(0), StagedEntry.TOMBSTONE)).apply(Map.of(shuffled.get(0),
                new StagedEntry(content.get(shuffled.get(0))))).metaRangeId()).isEqualTo(built.metaRangeId());
    }

    @Test
    void reStagingTheSameObjectKeepsTheCommittedVersion() {
        Entry committed = entry("a");
        Tree tree = Tree.of(Map.of("a", committed, "b", entry("b")));
        assertThat(tree.apply(Map.of("a", new StagedEntry(relocated(committed))))).isSameAs(tree);
        assertThat(tree.apply(Map.of("missing", StagedEntry.TOMBSTONE))).isSameAs(tree);
    }

    @Test
    void diffsMatchAPathByPathComparison() {
        TreeMap<String, Entry> base = new TreeMap<>();
        applyTo(base, randomChanges(300));
        Tree baseTree = Tree.of(base);
        for (int round = 0; round < 30; round++) {
            TreeMap<String, StagedEntry> staged = randomChanges(1 + this.random.nextInt(60));
            TreeMap<String, Entry> changed = new TreeMap<>(base);
            applyTo(changed, staged);
            Tree derived = baseTree.apply(staged);
            assertThat(Diffs.between(baseTree, derived)).containsExactlyElementsOf(naiveDiff(base, changed));
            assertThat(Diffs.between(derived, baseTree)).containsExactlyElementsOf(naiveDiff(changed, base));
            // The same content built independently shares no node, and still diffs the same.
            assertThat(Diffs.between(Tree.of(base), Tree.of(changed)))
                .containsExactlyElementsOf(naiveDiff(base, changed));
        }
    }

    @Test
    void exactDifferencesIncludeANewAddressOfTheSameObject() {
        TreeMap<String, Entry> content = new TreeMap<>();
        applyTo(content, randomChanges(200));
        Tree parent = Tree.of(content);
        parent.metaRangeId();
        String moved = content.firstKey();
        String removed = content.lastKey();
        Tree child = parent.replace(Map.of(moved, new StagedEntry(relocated(content.get(moved))), removed,
                StagedEntry.TOMBSTONE, "p/new", new StagedEntry(entry("new"))));
        child.metaRangeId();
        List<String> differences = new ArrayList<>();
        parent.differences(child, (path, before, after) -> differences.add(path));
        assertThat(differences).containsExactly(moved, removed, "p/new");
        assertThat(Diffs.between(parent, child)).extracting(Change::path).containsExactly(removed, "p/new");
        TreeMap<String, StagedEntry> replay = new TreeMap<>();
        parent.differences(child, (path, before, after) -> replay.put(path, new StagedEntry(after)));
        assertThat(contents(parent.replace(replay))).containsExactlyEntriesOf(contents(child));
    }

    @Test
    void threeWayMergesMatchAPathByPathMerge() {
        TreeMap<String, Entry> base = new TreeMap<>();
        applyTo(base, randomChanges(200));
        Tree baseTree = Tree.of(base);
        for (int round = 0; round < 40; round++) {
            TreeMap<String, StagedEntry> sourceChanges = randomChanges(1 + this.random.nextInt(30));
            TreeMap<String, StagedEntry> destinationChanges = randomChanges(1 + this.random.nextInt(30));
            TreeMap<String, Entry> source = new TreeMap<>(base);
            applyTo(source, sourceChanges);
            TreeMap<String, Entry> destination = new TreeMap<>(base);
            applyTo(destination, destinationChanges);
            for (String strategy : List.of("", "source-wins", "dest-wins")) {
                TreeMap<String, Entry> expected = naiveMerge(base, source, destination, strategy);
                if (expected == null) {
                    assertThatThrownBy(() -> Merges.threeWay(baseTree, baseTree.apply(sourceChanges),
                            baseTree.apply(destinationChanges), strategy)).hasMessage("conflict found");
                }
                else {
                    Tree merged = Merges.threeWay(baseTree, baseTree.apply(sourceChanges),
                            baseTree.apply(destinationChanges), strategy);
                    assertThat(contents(merged)).containsExactlyEntriesOf(expected);
                    assertThat(merged.metaRangeId()).isEqualTo(Tree.of(expected).metaRangeId());
                }
            }
        }
    }

    @Test
    void aBranchReadsAsItsStagingOverItsCommittedTree() {
        TreeMap<String, Entry> committed = new TreeMap<>();
        applyTo(committed, randomChanges(200));
        Tree tree = Tree.of(committed);
        Branch branch = new Branch("b", "head", false);
        branch.staging().putAll(randomChanges(80));
        TreeMap<String, Entry> expected = new TreeMap<>(committed);
        applyTo(expected, branch.staging());
        EntryView view = branch.view(tree);
        for (String from : List.of("", "p/0150", "p/0150y", "z")) {
            TreeMap<String, Entry> read = new TreeMap<>();
            for (Iterator<Map.Entry<String, Entry>> it = view.from(from); it.hasNext();) {
                Map.Entry<String, Entry> entry = it.next();
                assertThat(read.put(entry.getKey(), entry.getValue())).isNull();
            }
            assertThat(read).containsExactlyEntriesOf(expected.tailMap(from, true));
        }
        expected.keySet().forEach(path -> assertThat(view.get(path)).isEqualTo(expected.get(path)));
    }

    @Test
    void listingPagesSeekPastCommonPrefixesAndMatchATreeMapListing() {
        TreeMap<String, Entry> committed = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            committed.put("d" + this.random.nextInt(8) + "/" + (char) ('a' + this.random.nextInt(3)) + "/f" + i,
                    entry("c" + i));
        }
        Branch branch = new Branch("b", "head", false);
        committed.keySet().stream().filter(path -> this.random.nextInt(5) == 0)
            .forEach(path -> branch.staging().put(path, StagedEntry.TOMBSTONE));
        branch.staging().put("d3/new", new StagedEntry(entry("new")));
        branch.staging().put("e/\uffff/x", new StagedEntry(entry("edge")));
        branch.staging().put("e/\uffff/y", new StagedEntry(entry("edge")));
        TreeMap<String, Entry> expected = new TreeMap<>(committed);
        applyTo(expected, branch.staging());
        EntryView view = branch.view(Tree.of(committed));
        for (String prefix : List.of("", "d1/", "d2/b", "e/")) {
            for (String delimiter : List.of("", "/", "\uffff")) {
                List<String> listed = new ArrayList<>();
                String after = "";
                ObjectListing.Page page;
                do {
                    page = ObjectListing.page(view, prefix, delimiter, after, 7);
                    page.items().forEach(item -> listed.add(item.key()));
                    after = page.items().isEmpty() ? after : page.items().get(page.items().size() - 1).key();
                }
                while (page.hasMore());
                assertThat(listed).as(prefix + " " + delimiter)
                    .containsExactlyElementsOf(naiveListing(expected, prefix, delimiter));
            }
        }
    }

    /**
     * A commit of k changes on n objects makes O(k log n) new nodes and shares the rest with its parent; counted on
     * the structure, not timed.
     */
    @Test
    void aCommitOfKChangesSharesAllButOfTheOrderOfKLogNNodes() {
        int objects = 20_000;
        TreeMap<String, Entry> content = new TreeMap<>();
        Entry entry = entry("same");
        for (int i = 0; i < objects; i++) {
            content.put("data/" + (1_000_000 + i) + ".parquet", entry);
        }
        Tree parent = Tree.of(content);
        parent.metaRangeId();
        for (int changes : List.of(1, 10, 100)) {
            TreeMap<String, StagedEntry> staged = new TreeMap<>();
            for (int i = 0; i < changes; i++) {
                staged.put("data/" + (1_000_000 + this.random.nextInt(objects)) + ".parquet",
                        new StagedEntry(entry("changed " + i)));
            }
            Tree child = parent.apply(staged);
            child.metaRangeId();
            int log2 = 32 - Integer.numberOfLeadingZeros(objects);
            // A treap's expected depth is about 2.5 ln n (about 1.75 log2 n); 4 log2 n per change leaves room.
            assertThat(child.nodesNotIn(parent)).isGreaterThanOrEqualTo(staged.size())
                .isLessThanOrEqualTo(4 * log2 * staged.size());
            assertThat(Diffs.between(parent, child)).hasSize(staged.size());
        }
    }

    private TreeMap<String, StagedEntry> randomChanges(int count) {
        TreeMap<String, StagedEntry> staged = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String path = path(this.random.nextInt(PATHS));
            staged.put(path, (this.random.nextInt(4) == 0) ? StagedEntry.TOMBSTONE
                    : new StagedEntry(entry("v" + this.random.nextInt(3))));
        }
        return staged;
    }

    private static String path(int index) {
        return String.format("p/%04d", index);
    }

    private static Entry entry(String content) {
        String checksum = Integer.toHexString(content.hashCode());
        return new Entry("s3://bucket/" + content, "blob/" + content, checksum, content.length(), 1L, "text/plain",
                Map.of());
    }

    /** The same object (for lakeFS) stored at another address. */
    private static Entry relocated(Entry entry) {
        return new Entry(entry.physicalAddress() + "-copy", entry.blobAddress() + "-copy", entry.checksum(),
                entry.sizeBytes(), entry.mtime() + 1, entry.contentType(), entry.metadata());
    }

    private static void applyTo(TreeMap<String, Entry> map, Map<String, StagedEntry> staged) {
        staged.forEach((path, change) -> {
            if (change.entry() == null) {
                map.remove(path);
            }
            else if (!Entry.sameIdentity(map.get(path), change.entry())) {
                map.put(path, change.entry());
            }
        });
    }

    private static TreeMap<String, Entry> contents(Tree tree) {
        TreeMap<String, Entry> contents = new TreeMap<>();
        String previous = null;
        for (Map.Entry<String, Entry> entry : tree) {
            assertThat(previous == null || previous.compareTo(entry.getKey()) < 0).isTrue();
            previous = entry.getKey();
            contents.put(entry.getKey(), entry.getValue());
        }
        return contents;
    }

    private static List<String> naiveListing(TreeMap<String, Entry> objects, String prefix, String delimiter) {
        TreeSet<String> keys = new TreeSet<>();
        for (String path : objects.keySet()) {
            if (path.startsWith(prefix)) {
                int at = delimiter.isEmpty() ? -1 : path.indexOf(delimiter, prefix.length());
                keys.add((at < 0) ? path : path.substring(0, at + delimiter.length()));
            }
        }
        return new ArrayList<>(keys);
    }

    private static List<Change> naiveDiff(TreeMap<String, Entry> left, TreeMap<String, Entry> right) {
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

    /** lakeFS's merge rules path by path; null on a conflict. */
    private static TreeMap<String, Entry> naiveMerge(TreeMap<String, Entry> base, TreeMap<String, Entry> source,
            TreeMap<String, Entry> destination, String strategy) {
        TreeSet<String> paths = new TreeSet<>(base.keySet());
        paths.addAll(source.keySet());
        paths.addAll(destination.keySet());
        TreeMap<String, Entry> merged = new TreeMap<>();
        for (String path : paths) {
            Entry b = base.get(path);
            Entry s = source.get(path);
            Entry d = destination.get(path);
            Entry result;
            if (Entry.sameIdentity(s, d) || Entry.sameIdentity(s, b)) {
                result = d;
            }
            else if (Entry.sameIdentity(d, b) || strategy.equals("source-wins")) {
                result = s;
            }
            else if (strategy.equals("dest-wins")) {
                result = d;
            }
            else {
                return null;
            }
            if (result != null) {
                merged.put(path, result);
            }
        }
        return merged;
    }
}
