package dev.lakefs.spring;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How to commit, beyond the message.
 *
 * @param metadata key-value pairs stored with the commit
 * @param allowEmpty commit even when there are no changes (lakeFS answers "no changes" otherwise)
 * @param date the commit's date instead of now, or {@code null}
 * @param force commit even on a read-only repository
 */
public record CommitOptions(Map<String, String> metadata, boolean allowEmpty, @Nullable Instant date, boolean force) {

    private static final CommitOptions DEFAULTS = new CommitOptions(Map.of(), false, null, false);

    /** Copies the metadata. */
    public CommitOptions {
        metadata = Map.copyOf(metadata);
    }

    /**
     * No metadata, no empty commits, dated now.
     * @return this commitOptions
     */
    public static CommitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with metadata.
     * @param metadata the commit metadata
     * @return this commitOptions
     */
    public CommitOptions withMetadata(Map<String, String> metadata) {
        return new CommitOptions(metadata, this.allowEmpty, this.date, this.force);
    }

    /**
     * These options allowing (or not) a commit with no changes.
     * @param allowEmpty whether an empty commit or merge is allowed
     * @return this commitOptions
     */
    public CommitOptions withAllowEmpty(boolean allowEmpty) {
        return new CommitOptions(this.metadata, allowEmpty, this.date, this.force);
    }

    /**
     * These options with a commit date.
     * @param date the commit date, or {@code null} for now
     * @return this commitOptions
     */
    public CommitOptions withDate(@Nullable Instant date) {
        return new CommitOptions(this.metadata, this.allowEmpty, date, this.force);
    }

    /**
     * These options forcing the commit on a read-only repository.
     * @param force whether to act even on a read-only repository
     * @return this commitOptions
     */
    public CommitOptions withForce(boolean force) {
        return new CommitOptions(this.metadata, this.allowEmpty, this.date, force);
    }
}
