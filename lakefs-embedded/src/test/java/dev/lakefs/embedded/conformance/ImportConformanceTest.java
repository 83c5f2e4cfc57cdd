package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.ImportCreation;
import io.lakefs.clients.sdk.model.ImportCreationResponse;
import io.lakefs.clients.sdk.model.ImportLocation;
import io.lakefs.clients.sdk.model.ImportStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4 Import and §6.9 import_test, from the embedded server's own mem:// storage (issue 2). */
class ImportConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4/§6.9 import → 202 {id}; polled until completed; one commit; objects readable")
    void importFromStorage() throws Exception {
        String source = placeSources();
        String before = headOf("main");
        ApiResponse<ImportCreationResponse> started = this.imports.importStart(this.repo, "main",
                prefixImport(source + "/", "imported/", "import it")).executeWithHttpInfo();
        assertThat(started.getStatusCode()).isEqualTo(202);
        assertThat(started.getData().getId()).isNotBlank();
        ImportStatus status = ImportAwait.completed(this.imports, this.repo, "main", started.getData().getId());
        assertThat(status.getError()).isNull();
        assertThat(status.getCompleted()).isTrue();
        assertThat(status.getUpdateTime()).isNotNull();
        assertThat(status.getIngestedObjects()).isEqualTo(2L);
        assertThat(status.getCommit().getMessage()).isEqualTo("import it");
        assertThat(status.getCommit().getParents()).containsExactly(before);
        assertThat(headOf("main")).isEqualTo(status.getCommit().getId());
        assertThat(pathsOf("main", "")).containsExactly("imported/one.txt", "imported/sub/two.txt");
        assertThat(read("main", "imported/sub/two.txt")).isEqualTo("two");
        assertThat(this.branches.diffBranch(this.repo, "main").execute().getResults()).isEmpty();
    }

    @Test
    @DisplayName("§6.9 after an import the repository metadata has .lakefs.last.import.timestamp = the commit's creation_date")
    void importRecordsTimestampInRepositoryMetadata() throws Exception {
        String source = placeSources();
        String id = this.imports.importStart(this.repo, "main", prefixImport(source + "/", "imported/", "import"))
                .execute().getId();
        ImportStatus status = ImportAwait.completed(this.imports, this.repo, "main", id);
        assertThat(this.repositories.getRepositoryMetadata(this.repo).execute())
                .containsEntry(".lakefs.last.import.timestamp", String.valueOf(status.getCommit().getCreationDate()));
    }

    @Test
    @DisplayName("§4 the storage config advertises import support, with a validity regex that accepts the import sources")
    @SuppressWarnings("deprecation") // /config/storage is deprecated in the spec but still served by lakeFS
    void storageConfigAdvertisesImport() throws ApiException {
        var storage = this.internal.getStorageConfig().execute();
        assertThat(storage.getImportSupport()).isTrue();
        assertThat(placeSources() + "/").containsPattern(storage.getImportValidityRegex());
    }

    @Test
    @DisplayName("§4/§6.9 an import source inside the repository's own namespace → 400 'invalid import source'")
    void sourceInsideNamespaceIsBadRequest() {
        ApiException ex = failsWith(400, () -> this.imports.importStart(this.repo, "main",
                prefixImport(namespaceOf(this.repo) + "/data/", "imported/", "nope")).execute());
        assertThat(messageOf(ex)).contains("invalid import source");
    }

    @Test
    @DisplayName("§4/§6.9 cancelling a completed import → 409")
    void cancelCompletedImportIsConflict() throws Exception {
        String source = placeSources();
        String id = this.imports.importStart(this.repo, "main", prefixImport(source + "/", "imported/", "import"))
                .execute().getId();
        ImportAwait.completed(this.imports, this.repo, "main", id);
        failsWith(409, () -> this.imports.importCancel(this.repo, "main", id).execute());
    }

    @Test
    @DisplayName("§4 importStatus of an unknown import id → 404")
    void unknownImportIsNotFound() {
        failsWith(404, () -> this.imports.importStatus(this.repo, "main", "no-such-import").execute());
    }

    private String placeSources() {
        String source = "mem://import-source/" + this.repo;
        this.server.storage().put(source + "/one.txt", "one".getBytes(StandardCharsets.UTF_8));
        this.server.storage().put(source + "/sub/two.txt", "two".getBytes(StandardCharsets.UTF_8));
        return source;
    }

    private static ImportCreation prefixImport(String sourcePrefix, String destination, String message) {
        return new ImportCreation()
                .addPathsItem(new ImportLocation().type(ImportLocation.TypeEnum.COMMON_PREFIX).path(sourcePrefix)
                        .destination(destination))
                .commit(new CommitCreation().message(message));
    }

}
