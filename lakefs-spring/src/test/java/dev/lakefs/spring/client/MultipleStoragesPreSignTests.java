package dev.lakefs.spring.client;

import java.io.IOException;

import dev.lakefs.spring.LakeFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a server with several object stores, lakeFS ({@code getStorageConfigs} in its controller) sends no
 * {@code storage_config} (there is no store with the single-store id {@code ""}) and lists each store in
 * {@code storage_config_list} under its {@code blockstore_id}; a repository names its store by {@code storage_id}.
 * {@code AUTO} presigns for a repository when its own store supports it, as the Python SDK's
 * {@code storage_config_by_id} decides. The embedded server has one store, so the answers here are scripted.
 */
class MultipleStoragesPreSignTests {

    private static final String CONFIG = """
            {"version_config":{"version":"1.84.0"},
             "storage_config_list":[
               %s,
               %s]}""".formatted(store("fast", "s3", true), store("archive", "azure", false));

    private final ScriptedHttpServer server;

    private final LakeFS lakeFS;

    MultipleStoragesPreSignTests() throws IOException {
        this.server = new ScriptedHttpServer();
        this.lakeFS = LakeFS.of(LakeFSClient.builder()
            .endpoint(this.server.endpoint())
            .credentials("AKIAEXAMPLE", "secret")
            .retry(RetrySettings.none())
            .build());
    }

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void eachRepositoryFollowsItsOwnStore() {
        this.server.thenJson(200, CONFIG)
            .thenJson(200, repository("archived", "archive"))
            .thenJson(200, repository("hot", "fast"));

        assertThat(this.lakeFS.preSigns("archived")).isFalse();
        assertThat(this.lakeFS.preSigns("hot")).isTrue();
        // the configuration and each repository's store id are asked once
        assertThat(this.lakeFS.preSigns("hot")).isTrue();
        assertThat(this.lakeFS.preSigns("archived")).isFalse();
        assertThat(this.server.requests()).containsExactly("GET /api/v1/config", "GET /api/v1/repositories/archived",
                "GET /api/v1/repositories/hot");
    }

    private static String store(String id, String type, boolean preSign) {
        return """
                {"blockstore_id":"%s","blockstore_type":"%s","blockstore_namespace_example":"x://",
                 "blockstore_namespace_ValidityRegex":"^x://","pre_sign_support":%s,"pre_sign_support_ui":%s,
                 "import_support":true,"import_validity_regex":"^x://","pre_sign_multipart_upload":false}"""
            .formatted(id, type, preSign, preSign);
    }

    private static String repository(String id, String storageId) {
        return """
                {"id":"%s","creation_date":1700000000,"default_branch":"main","storage_namespace":"s3://b/%s",
                 "storage_id":"%s","read_only":false}""".formatted(id, id, storageId);
    }
}
