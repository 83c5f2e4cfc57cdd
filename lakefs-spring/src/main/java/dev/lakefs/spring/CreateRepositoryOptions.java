package dev.lakefs.spring;

import org.jspecify.annotations.Nullable;

/**
 * How to create a repository, beyond its storage namespace.
 *
 * @param defaultBranch the default branch's id
 * @param sampleData fill the repository with lakeFS's sample data
 * @param readOnly create a read-only repository
 * @param storageId the storage to use on a multi-storage lakeFS, or {@code null}
 * @param existOk when the repository already exists, use it instead of failing (its settings are not compared)
 */
public record CreateRepositoryOptions(String defaultBranch, boolean sampleData, boolean readOnly,
        @Nullable String storageId, boolean existOk) {

    private static final CreateRepositoryOptions DEFAULTS = new CreateRepositoryOptions("main", false, false, null,
            false);

    /** Validates the default branch's id. */
    public CreateRepositoryOptions {
        LakeFSNames.requireBranchId(defaultBranch);
    }

    /**
     * Default branch {@code main}, no samples, writable, fail when it exists.
     * @return this createRepositoryOptions
     */
    public static CreateRepositoryOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with another default branch.
     * @param defaultBranch the default branch's id
     * @return this createRepositoryOptions
     */
    public CreateRepositoryOptions withDefaultBranch(String defaultBranch) {
        return new CreateRepositoryOptions(defaultBranch, this.sampleData, this.readOnly, this.storageId, this.existOk);
    }

    /**
     * These options with (or without) sample data.
     * @param sampleData whether to add lakeFS's sample data
     * @return this createRepositoryOptions
     */
    public CreateRepositoryOptions withSampleData(boolean sampleData) {
        return new CreateRepositoryOptions(this.defaultBranch, sampleData, this.readOnly, this.storageId, this.existOk);
    }

    /**
     * These options creating a read-only repository.
     * @param readOnly whether the repository is read-only
     * @return this createRepositoryOptions
     */
    public CreateRepositoryOptions withReadOnly(boolean readOnly) {
        return new CreateRepositoryOptions(this.defaultBranch, this.sampleData, readOnly, this.storageId, this.existOk);
    }

    /**
     * These options with a storage id.
     * @param storageId the storage id, or {@code null}
     * @return this createRepositoryOptions
     */
    public CreateRepositoryOptions withStorageId(@Nullable String storageId) {
        return new CreateRepositoryOptions(this.defaultBranch, this.sampleData, this.readOnly, storageId, this.existOk);
    }

    /**
     * These options accepting (or not) an existing repository.
     * @param existOk whether an existing one is accepted as it is
     * @return this createRepositoryOptions
     */
    public CreateRepositoryOptions withExistOk(boolean existOk) {
        return new CreateRepositoryOptions(this.defaultBranch, this.sampleData, this.readOnly, this.storageId, existOk);
    }
}
