package dev.lakefs.spring.client.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code mergeIntoBranch}.
 *
 * @param message the merge commit message, or null for {@code Merge '<src>' into '<dst>'}
 * @param metadata the merge commit metadata
 * @param strategy how to resolve conflicts, or null to fail on them
 * @param force whether to merge even into a read-only repository
 * @param allowEmpty whether to merge even when the source brings no changes
 * @param squashMerge whether the merge commit has only the destination as parent
 */
public record Merge(@Nullable String message, Map<String, String> metadata, @Nullable MergeStrategy strategy,
        boolean force, boolean allowEmpty, boolean squashMerge) {

    private static final Merge DEFAULTS = new Merge(null, Map.of(), null, false, false, false);

    public Merge {
        metadata = ModelCollections.copyOf(metadata);
    }

    /**
     * A merge with every default.
     * @return the merge request
     */
    public static Merge defaults() {
        return DEFAULTS;
    }

    /**
     * This merge with a message.
     * @param message the merge commit message
     * @return a new merge request
     */
    public Merge withMessage(@Nullable String message) {
        return new Merge(message, this.metadata, this.strategy, this.force, this.allowEmpty, this.squashMerge);
    }

    /**
     * This merge with metadata.
     * @param metadata the merge commit metadata
     * @return a new merge request
     */
    public Merge withMetadata(Map<String, String> metadata) {
        return new Merge(this.message, metadata, this.strategy, this.force, this.allowEmpty, this.squashMerge);
    }

    /**
     * This merge with a conflict strategy.
     * @param strategy how to resolve conflicts
     * @return a new merge request
     */
    public Merge withStrategy(@Nullable MergeStrategy strategy) {
        return new Merge(this.message, this.metadata, strategy, this.force, this.allowEmpty, this.squashMerge);
    }

}
