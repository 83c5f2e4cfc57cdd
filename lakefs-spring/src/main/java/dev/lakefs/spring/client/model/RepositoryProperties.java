package dev.lakefs.spring.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A repository as the API describes it (the spec's {@code Repository} model).
 *
 * @param id the repository id
 * @param creationDate when the repository was created
 * @param defaultBranch the default branch id
 * @param storageNamespace where the repository stores its data, e.g. {@code s3://bucket/repo}
 * @param storageId the underlying data store, when the server has several
 * @param readOnly whether writes need {@code force}
 */
public record RepositoryProperties(String id, Instant creationDate, String defaultBranch, String storageNamespace,
        @Nullable String storageId, boolean readOnly) {
}
