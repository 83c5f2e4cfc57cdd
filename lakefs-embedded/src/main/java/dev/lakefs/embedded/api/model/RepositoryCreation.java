package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code RepositoryCreation} request. */
public record RepositoryCreation(@Nullable String name, @Nullable String storageNamespace, @Nullable String defaultBranch, @Nullable Boolean sampleData, @Nullable Boolean readOnly, @Nullable String storageId) {
}
