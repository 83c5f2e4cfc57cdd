package dev.lakefs.embedded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Import, SEMANTICS.md §4 "Import" and §6.9. */
class ImportTests extends EmbeddedServerTestSupport {

    @Test
    @DisplayName("§6.9 import from mem:// answers 202 {id}, completes with progress and one commit; repo metadata records it")
    void importFromMemoryStorage() {
        String source = "mem://import-source/" + this.repository + "/";
        lakeFS.storage().put(source + "one.txt", "one".getBytes(StandardCharsets.UTF_8));
        lakeFS.storage().put(source + "sub/two.txt", "two".getBytes(StandardCharsets.UTF_8));
        String before = this.http.get(repo("/branches/main")).json().path("commit_id").asString();
        LakeFSHttp.Response started = start(source, "common_prefix", "imported/", "import it");
        assertThat(started.status()).isEqualTo(202);
        JsonNode status = awaitCompleted(started.json().path("id").asString());
        assertThat(status.path("ingested_objects").asLong()).isEqualTo(2);
        assertThat(status.path("update_time").asString()).isNotEmpty();
        JsonNode commit = status.path("commit");
        assertThat(commit.path("message").asString()).isEqualTo("import it");
        assertThat(commit.path("parents").get(0).asString()).isEqualTo(before);
        assertThat(status.path("metarange_id").asString()).isEqualTo(commit.path("meta_range_id").asString());
        assertThat(this.http.read(this.repository, "main", "imported/sub/two.txt")).isEqualTo("two");
        assertThat(this.http.get(repo("/metadata")).json().path(".lakefs.last.import.timestamp").asString())
            .isEqualTo(Long.toString(commit.path("creation_date").asLong()));
    }

    @Test
    @DisplayName("import from a local:// directory the operator allows, and of a single object")
    void importFromLocalDirectory(@TempDir Path directory) throws Exception {
        Files.createDirectories(directory.resolve("nested"));
        Files.writeString(directory.resolve("a.csv"), "a");
        Files.writeString(directory.resolve("nested/b.csv"), "b");
        String allowed = directory.toAbsolutePath().toString().replace('\\', '/') + "/";
        try (EmbeddedLakeFS server = EmbeddedLakeFS.builder().allowedLocalPrefixes(allowed).build().start()) {
            server.createRepository("local-import", "main");
            LakeFSHttp client = new LakeFSHttp(server);
            String root = "local://" + allowed;
            JsonNode status = awaitCompleted(client, "local-import",
                    start(client, "local-import", root, "common_prefix", "local/", "local import").json().path("id")
                        .asString());
            assertThat(status.path("ingested_objects").asLong()).isEqualTo(2);
            assertThat(client.read("local-import", "main", "local/nested/b.csv")).isEqualTo("b");
            JsonNode single = awaitCompleted(client, "local-import",
                    start(client, "local-import", root + "a.csv", "object", "single.csv", "one file").json()
                        .path("id")
                        .asString());
            assertThat(single.path("ingested_objects").asLong()).isEqualTo(1);
            assertThat(client.read("local-import", "main", "single.csv")).isEqualTo("a");
            LakeFSHttp.Response outside = start(client, "local-import", "local:///etc/", "common_prefix", "etc/",
                    "m");
            assertThat(outside.status()).isEqualTo(403);
            assertThat(outside.message()).contains("forbidden: local:///etc/", allowed);
        }
    }

    @Test
    @DisplayName("by default no local:// import: 403 saying how to allow a prefix, as lakeFS's local adapter")
    void localImportRefusedByDefault(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("a.csv"), "a");
        String root = "local://" + directory.toAbsolutePath().toString().replace('\\', '/') + "/";
        for (String source : List.of(root, "local:///etc/", "local:///etc/hostname")) {
            LakeFSHttp.Response refused = start(source, "common_prefix", "x/", "m");
            assertThat(refused.status()).as(source).isEqualTo(403);
            assertThat(refused.message()).as(source)
                .contains("forbidden", "allowedLocalPrefixes", "--allowed-local-prefix",
                        "lakefs.embedded.allowed-local-prefixes", "blockstore.local.allowed_external_prefixes");
        }
        LakeFSHttp.Response traversal = start(root + "../", "common_prefix", "x/", "m");
        assertThat(traversal.status()).isEqualTo(400);
        assertThat(traversal.message()).contains("bad path traversal blocked");
        assertThat(lakeFS.storage().list(root)).isEmpty();
    }

    @Test
    @DisplayName("§6.9 a source inside the repository's namespace is 400 'invalid import source'")
    void sourceInNamespaceIsBadRequest() {
        String namespace = this.http.get(repo("")).json().path("storage_namespace").asString();
        LakeFSHttp.Response response = start(namespace + "/data/", "common_prefix", "x/", "m");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains("invalid import source");
    }

    @Test
    @DisplayName("§6.9 cancelling a completed import is 409; cancelling a running one reports 'Canceled'")
    void cancel() {
        String source = "mem://import-cancel/" + this.repository + "/";
        lakeFS.storage().put(source + "f", "f".getBytes(StandardCharsets.UTF_8));
        String done = start(source, "common_prefix", "c/", "m").json().path("id").asString();
        awaitCompleted(done);
        assertThat(this.http.delete(repo("/branches/main/import?id=" + done)).status()).isEqualTo(409);
        for (int i = 0; i < 5; i++) {
            lakeFS.storage().put(source + "slow-" + i, "s".getBytes(StandardCharsets.UTF_8));
        }
        lakeFS.faults().importLatency(Duration.ofMillis(400));
        String running = start(source, "common_prefix", "slow/", "slow").json().path("id").asString();
        assertThat(this.http.delete(repo("/branches/main/import?id=" + running)).status()).isEqualTo(204);
        JsonNode status = this.http.get(repo("/branches/main/import?id=" + running)).json();
        assertThat(status.path("completed").asBoolean()).isFalse();
        assertThat(status.path("error").path("message").asString()).isEqualTo("Canceled");
    }

    @Test
    @DisplayName("§4 import status of an unknown id is 404; a missing id parameter 400")
    void unknownImport() {
        assertThat(this.http.get(repo("/branches/main/import?id=nope")).status()).isEqualTo(404);
        assertThat(this.http.get(repo("/branches/main/import")).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("EmbeddedStorage put/get/list address mem:// blobs")
    void storageApi() {
        lakeFS.storage().put("mem://bucket-x/p/b", new byte[] { 2 });
        lakeFS.storage().put("mem://bucket-x/p/a", new byte[] { 1 });
        assertThat(lakeFS.storage().list("mem://bucket-x/p/")).containsExactly("mem://bucket-x/p/a",
                "mem://bucket-x/p/b");
        assertThat(lakeFS.storage().get("mem://bucket-x/p/b")).containsExactly(2);
    }

    private LakeFSHttp.Response start(String path, String type, String destination, String message) {
        return start(this.http, this.repository, path, type, destination, message);
    }

    private static LakeFSHttp.Response start(LakeFSHttp http, String repository, String path, String type,
            String destination, String message) {
        return http.post("/repositories/" + repository + "/branches/main/import",
                "{\"paths\":[{\"type\":\"" + type + "\",\"path\":\"" + path + "\",\"destination\":\"" + destination
                        + "\"}],\"commit\":{\"message\":\"" + message + "\"}}");
    }

    private JsonNode awaitCompleted(String id) {
        return awaitCompleted(this.http, this.repository, id);
    }

    private static JsonNode awaitCompleted(LakeFSHttp http, String repository, String id) {
        List<JsonNode> last = new ArrayList<>(1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode status = http.get("/repositories/" + repository + "/branches/main/import?id=" + id).json();
            last.clear();
            last.add(status);
            assertThat(status.has("error")).as(status.toString()).isFalse();
            return status.path("completed").asBoolean();
        });
        return last.get(0);
    }
}
