package dev.lakefs.spring.client.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code commit} (and the commit part of an import).
 *
 * @param message the commit message
 * @param metadata the commit metadata
 * @param date the creation date to record instead of now, or null
 * @param allowEmpty whether to commit even when nothing changed
 * @param force whether to commit even in a read-only repository
 */
public record CommitCreation(String message, Map<String, String> metadata, @Nullable Instant date,
        boolean allowEmpty, boolean force) {

    public CommitCreation {
        metadata = ModelCollections.copyOf(metadata);
    }

    /**
     * A commit with a message and no metadata.
     * @param message the commit message
     * @return the commit request
     */
    public static CommitCreation of(String message) {
        return new CommitCreation(message, Map.of(), null, false, false);
    }

    /**
     * A commit with a message and metadata.
     * @param message the commit message
     * @param metadata the commit metadata
     * @return the commit request
     */
    public static CommitCreation of(String message, Map<String, String> metadata) {
        return new CommitCreation(message, metadata, null, false, false);
    }

    /**
     * This request, allowing a commit without changes.
     * @return a new request
     */
    public CommitCreation withAllowEmpty() {
        return new CommitCreation(this.message, this.metadata, this.date, true, this.force);
    }

}
