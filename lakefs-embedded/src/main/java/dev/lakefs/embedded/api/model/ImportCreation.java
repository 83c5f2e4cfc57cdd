package dev.lakefs.embedded.api.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code ImportCreation} request. */
public record ImportCreation(@Nullable List<ImportLocation> paths, @Nullable CommitCreation commit, @Nullable Boolean force) {
}
