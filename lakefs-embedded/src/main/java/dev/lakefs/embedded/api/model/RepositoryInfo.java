package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code Repository} model. */
public record RepositoryInfo(String id, long creationDate, String defaultBranch, String storageNamespace, @Nullable String storageId, boolean readOnly) {
}
