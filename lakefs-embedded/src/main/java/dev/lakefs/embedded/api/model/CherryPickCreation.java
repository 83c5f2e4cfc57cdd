package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code CherryPickCreation} request. */
public record CherryPickCreation(@Nullable String ref, @Nullable Integer parentNumber, @Nullable CommitOverrides commitOverrides, @Nullable Boolean force) {
}
