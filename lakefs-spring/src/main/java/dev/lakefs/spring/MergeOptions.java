package dev.lakefs.spring;

import java.util.Map;

import dev.lakefs.spring.client.model.MergeStrategy;
import org.jspecify.annotations.Nullable;

/**
 * How to merge; the Python SDK's {@code merge_into(**kwargs)}.
 *
 * @param message the merge commit's message, or {@code null} for lakeFS's {@code Merge 'src' into 'dst'}
 * @param metadata metadata of the merge commit
 * @param strategy how to resolve conflicts, or {@code null} to fail on them
 * @param force merge even into a read-only repository
 * @param allowEmpty merge even when the source brings no changes
 * @param squash create a commit with the destination as its only parent
 */
public record MergeOptions(@Nullable String message, Map<String, String> metadata, @Nullable MergeStrategy strategy,
        boolean force, boolean allowEmpty, boolean squash) {

    private static final MergeOptions DEFAULTS = new MergeOptions(null, Map.of(), null, false, false, false);

    /** Copies the metadata. */
    public MergeOptions {
        metadata = Map.copyOf(metadata);
    }

    /**
     * lakeFS's defaults: its message, no metadata, conflicts fail.
     * @return this mergeOptions
     */
    public static MergeOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with a message.
     * @param message the commit message
     * @return this mergeOptions
     */
    public MergeOptions withMessage(@Nullable String message) {
        return new MergeOptions(message, this.metadata, this.strategy, this.force, this.allowEmpty, this.squash);
    }

    /**
     * These options with metadata.
     * @param metadata the commit metadata
     * @return this mergeOptions
     */
    public MergeOptions withMetadata(Map<String, String> metadata) {
        return new MergeOptions(this.message, metadata, this.strategy, this.force, this.allowEmpty, this.squash);
    }

    /**
     * These options with a conflict strategy.
     * @param strategy the conflict strategy, or {@code null} to fail on conflicts
     * @return this mergeOptions
     */
    public MergeOptions withStrategy(@Nullable MergeStrategy strategy) {
        return new MergeOptions(this.message, this.metadata, strategy, this.force, this.allowEmpty, this.squash);
    }

    /**
     * These options forcing the merge into a read-only repository.
     * @param force whether to act even on a read-only repository
     * @return this mergeOptions
     */
    public MergeOptions withForce(boolean force) {
        return new MergeOptions(this.message, this.metadata, this.strategy, force, this.allowEmpty, this.squash);
    }

    /**
     * These options allowing a merge that brings no changes.
     * @param allowEmpty whether an empty commit or merge is allowed
     * @return this mergeOptions
     */
    public MergeOptions withAllowEmpty(boolean allowEmpty) {
        return new MergeOptions(this.message, this.metadata, this.strategy, this.force, allowEmpty, this.squash);
    }

    /**
     * These options squashing the merge into one single-parent commit.
     * @param squash whether to squash
     * @return this mergeOptions
     */
    public MergeOptions withSquash(boolean squash) {
        return new MergeOptions(this.message, this.metadata, this.strategy, this.force, this.allowEmpty, squash);
    }
}
