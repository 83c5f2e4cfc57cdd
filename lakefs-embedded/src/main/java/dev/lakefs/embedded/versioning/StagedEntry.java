package dev.lakefs.embedded.versioning;

import org.jspecify.annotations.Nullable;

/**
 * An uncommitted change of one path on a branch.
 *
 * @param entry the new version, or null for a deletion (a tombstone)
 */
public record StagedEntry(@Nullable Entry entry) {

    public static final StagedEntry TOMBSTONE = new StagedEntry(null);

    public boolean isTombstone() {
        return this.entry == null;
    }
}
