package dev.lakefs.embedded.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.lakefs.embedded.storage.Blob;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Refs;
import dev.lakefs.embedded.versioning.Repository;

/**
 * What {@code sample_data=true} puts in a new repository. lakeFS ships a sample lake; this server commits a small
 * README and a CSV on the default branch, enough for a non-empty main.
 */
final class SampleData {

    private static final Map<String, String> FILES = Map.of(
            "README.md", "# Sample repository\n\nCreated by the embedded lakeFS server with sample_data=true.\n",
            "data/lakes.csv", "name,country,area_km2\nBaikal,Russia,31722\nTiticaca,Peru/Bolivia,8372\n");

    private final ServerContext context;

    SampleData(ServerContext context) {
        this.context = context;
    }

    void populate(Repository repository) {
        repository.write(() -> {
            var branch = Refs.branch(repository, repository.defaultBranch());
            FILES.forEach((path, content) -> repository.stage(branch, path, store(repository, path, content)));
            return this.context.operations().commit(repository, branch.name(), this.context.committer(),
                    "Add sample data", Map.of(), null, false, true);
        });
    }

    private Entry store(Repository repository, String path, String content) {
        String address = this.context.newPhysicalAddress(repository.storageNamespace());
        this.context.blobs().put(address, content.getBytes(StandardCharsets.UTF_8));
        Blob blob = this.context.blobs().find(address).orElseThrow();
        String contentType = path.endsWith(".csv") ? "text/csv" : "text/markdown";
        return new Entry(address, address, blob.md5Hex(), blob.size(), this.context.now(), contentType, Map.of());
    }
}
