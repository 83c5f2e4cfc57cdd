package dev.lakefs.spring.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The progress of an import.
 *
 * @param completed whether it finished (successfully or not)
 * @param updateTime when the status last changed
 * @param ingestedObjects how many objects it processed so far
 * @param metarangeId the id of the imported tree, once known
 * @param commit the import commit, once completed successfully
 * @param error why it failed, or null
 */
public record ImportStatus(boolean completed, Instant updateTime, @Nullable Long ingestedObjects,
        @Nullable String metarangeId, @Nullable Commit commit, @Nullable ErrorMessage error) {
}
