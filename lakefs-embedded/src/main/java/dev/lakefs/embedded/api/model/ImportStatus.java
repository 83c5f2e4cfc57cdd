package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code ImportStatus}. */
public record ImportStatus(boolean completed, String updateTime, long ingestedObjects, @Nullable String metarangeId, @Nullable CommitInfo commit, @Nullable ErrorInfo error) {
}
