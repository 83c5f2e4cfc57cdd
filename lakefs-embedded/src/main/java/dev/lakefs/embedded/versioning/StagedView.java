package dev.lakefs.embedded.versioning;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * A branch as readers see it: its staging area over its committed tree, merged as they are read, never copied.
 * Staged versions win and tombstones hide the committed object; a page costs the depth of the tree plus the page
 * (plus the tombstones it steps over).
 */
final class StagedView implements EntryView {

    private final NavigableMap<String, StagedEntry> staging;

    private final Tree committed;

    StagedView(NavigableMap<String, StagedEntry> staging, Tree committed) {
        this.staging = staging;
        this.committed = committed;
    }

    @Override
    public @Nullable Entry get(String path) {
        StagedEntry staged = this.staging.get(path);
        return (staged != null) ? staged.entry() : this.committed.get(path);
    }

    @Override
    public Iterator<Map.Entry<String, Entry>> from(String path) {
        return new Merged(this.staging.tailMap(path, true).entrySet().iterator(), this.committed.from(path));
    }

    /** Walks both sorted sources together, one step of the smaller path at a time. */
    private static final class Merged implements Iterator<Map.Entry<String, Entry>> {

        private final Iterator<Map.Entry<String, StagedEntry>> staged;

        private final Iterator<Map.Entry<String, Entry>> committed;

        private Map.@Nullable Entry<String, StagedEntry> nextStaged;

        private Map.@Nullable Entry<String, Entry> nextCommitted;

        private Map.@Nullable Entry<String, Entry> next;

        Merged(Iterator<Map.Entry<String, StagedEntry>> staged, Iterator<Map.Entry<String, Entry>> committed) {
            this.staged = staged;
            this.committed = committed;
            this.nextStaged = staged.hasNext() ? staged.next() : null;
            this.nextCommitted = committed.hasNext() ? committed.next() : null;
            advance();
        }

        private void advance() {
            this.next = null;
            while (this.next == null && (this.nextStaged != null || this.nextCommitted != null)) {
                int order = (this.nextStaged == null) ? 1 : (this.nextCommitted == null) ? -1
                        : this.nextStaged.getKey().compareTo(this.nextCommitted.getKey());
                if (order >= 0) {
                    Map.Entry<String, Entry> committedEntry = this.nextCommitted;
                    this.nextCommitted = this.committed.hasNext() ? this.committed.next() : null;
                    if (order > 0) {
                        this.next = committedEntry;
                        continue;
                    }
                }
                Map.Entry<String, StagedEntry> stagedEntry = this.nextStaged;
                this.nextStaged = this.staged.hasNext() ? this.staged.next() : null;
                Entry entry = stagedEntry.getValue().entry();
                if (entry != null) {
                    this.next = Map.entry(stagedEntry.getKey(), entry);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return this.next != null;
        }

        @Override
        public Map.Entry<String, Entry> next() {
            Map.Entry<String, Entry> result = this.next;
            if (result == null) {
                throw new NoSuchElementException();
            }
            advance();
            return result;
        }
    }
}
