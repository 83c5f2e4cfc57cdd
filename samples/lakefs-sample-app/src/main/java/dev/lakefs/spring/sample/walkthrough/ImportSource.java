package dev.lakefs.spring.sample.walkthrough;

import java.nio.charset.StandardCharsets;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.EmbeddedStorage;
import dev.lakefs.spring.ImportManager;
import dev.lakefs.spring.sample.SampleProperties;
import org.jspecify.annotations.Nullable;

/**
 * Where the walkthrough's import step finds existing object-store data: the Python guide imports from a public S3
 * bucket, which the embedded server does not have.
 */
sealed interface ImportSource {

    /**
     * The source for these settings: {@code sample.walkthrough.import-source} when set, else the embedded server's own
     * storage when it runs, else none (the step is skipped).
     */
    static @Nullable ImportSource of(SampleProperties.Walkthrough settings, @Nullable EmbeddedLakeFS embeddedServer) {
        if (settings.importSource() != null) {
            return new Configured(settings.importSource());
        }
        return (embeddedServer != null) ? new EmbeddedStorageSource(embeddedServer.storage()) : null;
    }

    /** Makes sure the data is there, and says where it comes from. */
    String prepare();

    /** Adds the sources to an import. */
    ImportManager addTo(ImportManager importer);

    /** An object-store prefix the lakeFS server can read, from the configuration. */
    record Configured(String prefix) implements ImportSource {

        @Override
        public String prepare() {
            return "importing " + this.prefix + " (sample.walkthrough.import-source)";
        }

        @Override
        public ImportManager addTo(ImportManager importer) {
            return importer.prefix(this.prefix, "datasets/imported/");
        }

    }

    /** Objects the walkthrough puts into the embedded server's storage, then imports like the Python guide. */
    record EmbeddedStorageSource(EmbeddedStorage storage) implements ImportSource {

        private static final String BUCKET = "mem://example-bucket1/";

        @Override
        public String prepare() {
            for (int i = 1; i <= 3; i++) {
                put("path1/lake-" + i + ".csv", "id,lake\n" + i + ",Lake " + i + "\n");
            }
            put("path2/imported_obj", "an object imported on its own");
            return "the embedded server has no S3 bucket: the sample put 4 objects into its own storage ("
                    + BUCKET + "...) and imports those";
        }

        private void put(String path, String content) {
            this.storage.put(BUCKET + path, content.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public ImportManager addTo(ImportManager importer) {
            return importer.prefix(BUCKET + "path1/", "datasets/path1/")
                .object(BUCKET + "path2/imported_obj", "datasets/path2/imported_obj");
        }

    }

}
