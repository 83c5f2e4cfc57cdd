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

    /** Default branch {@code main}, no samples, writable, fail when it exists. */
    public static CreateRepositoryOptions defaults() {
        return DEFAULTS;
    }

    /** These options with another default branch. */
    public CreateRepositoryOptions withDefaultBranch(String defaultBranch) {
        return new CreateRepositoryOptions(defaultBranch, this.sampleData, this.readOnly, this.storageId, this.existOk);
    }

    /** These options with (or without) sample data. */
    public CreateRepositoryOptions withSampleData(boolean sampleData) {
        return new CreateRepositoryOptions(this.defaultBranch, sampleData, this.readOnly, this.storageId, this.existOk);
    }

    /** These options creating a read-only repository. */
    public CreateRepositoryOptions withReadOnly(boolean readOnly) {
        return new CreateRepositoryOptions(this.defaultBranch, this.sampleData, readOnly, this.storageId, this.existOk);
    }

    /** These options with a storage id. */
    public CreateRepositoryOptions withStorageId(@Nullable String storageId) {
        return new CreateRepositoryOptions(this.defaultBranch, this.sampleData, this.readOnly, storageId, this.existOk);
    }

    /** These options accepting (or not) an existing repository. */
    public CreateRepositoryOptions withExistOk(boolean existOk) {
        return new CreateRepositoryOptions(this.defaultBranch, this.sampleData, this.readOnly, this.storageId, existOk);
    }
}
