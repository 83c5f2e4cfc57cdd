package dev.lakefs.spring.sample;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The sample's own settings ({@code sample.*}).
 *
 * @param repository the repository the dataset endpoint ingests into, created on start if missing; set in
 * {@code application.properties}, where {@code @LakeFSTransactional} reads it too
 * @param storageRoot where new repositories keep their data: a repository's storage namespace is
 * {@code <storageRoot>/<repository id>}. The default suits the embedded server; against a real lakeFS use a
 * bucket it can write, e.g. {@code s3://my-bucket/repos}
 * @param datasets how datasets are stored
 * @param walkthrough the start-up walkthrough
 */
@ConfigurationProperties("sample")
public record SampleProperties(String repository,
        @DefaultValue("mem://sample-bucket/repos") String storageRoot, @DefaultValue Datasets datasets,
        @DefaultValue Walkthrough walkthrough) {

    public SampleProperties {
        Assert.hasText(repository, "sample.repository must name the repository datasets are ingested into");
    }

    /** The storage namespace of a repository created by the sample. */
    public String storageNamespace(String repositoryId) {
        return this.storageRoot.endsWith("/") ? this.storageRoot + repositoryId
                : this.storageRoot + "/" + repositoryId;
    }

    /**
     * How datasets are stored.
     *
     * @param rowsPerPart how many rows go into one {@code part-NNNNN.csv} object
     */
    public record Datasets(@DefaultValue("1000") int rowsPerPart) {

        public Datasets {
            Assert.isTrue(rowsPerPart > 0, "sample.datasets.rows-per-part must be positive");
        }

    }

    /**
     * The start-up walkthrough.
     *
     * @param enabled whether it runs on start ({@code sample.walkthrough.enabled}, default {@code true})
     * @param repository the repository it creates; it must not exist yet
     * @param importSource an object-store prefix to import from, for a real lakeFS (e.g.
     * {@code s3://my-bucket/path/}); unset on the embedded server, whose own storage is used instead, and elsewhere
     * the import step is skipped
     */
    public record Walkthrough(@DefaultValue("true") boolean enabled, @DefaultValue("example-repo") String repository,
            @Nullable String importSource) {
    }

}
