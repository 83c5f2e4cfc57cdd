package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code RevertCreation} request. */
public record RevertCreation(@Nullable String ref, @Nullable Integer parentNumber, @Nullable CommitOverrides commitOverrides, @Nullable Boolean force, @Nullable Boolean allowEmpty) {
}
