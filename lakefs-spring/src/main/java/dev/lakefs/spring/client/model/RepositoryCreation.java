package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code createRepository}.
 *
 * @param name the repository id, matching {@code ^[a-z0-9][a-z0-9-]{2,62}$}
 * @param storageNamespace where the repository stores its data, e.g. {@code s3://bucket/repo}
 * @param defaultBranch the default branch id, or null for the server's default ({@code main})
 * @param sampleData whether to fill the repository with sample data
 * @param readOnly whether the repository is read-only
 * @param storageId the underlying data store, when the server has several
 */
public record RepositoryCreation(String name, String storageNamespace, @Nullable String defaultBranch,
        boolean sampleData, boolean readOnly, @Nullable String storageId) {

    /**
     * A repository with the server's default branch and no sample data.
     * @param name the repository id
     * @param storageNamespace the storage namespace
     * @return the creation request
     */
    public static RepositoryCreation of(String name, String storageNamespace) {
        return new RepositoryCreation(name, storageNamespace, null, false, false, null);
    }

    /**
     * This request with another default branch.
     * @param defaultBranch the default branch id
     * @return a new request
     */
    public RepositoryCreation withDefaultBranch(String defaultBranch) {
        return new RepositoryCreation(this.name, this.storageNamespace, defaultBranch, this.sampleData,
                this.readOnly, this.storageId);
    }

}
