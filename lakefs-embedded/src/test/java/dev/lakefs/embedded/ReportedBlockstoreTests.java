package dev.lakefs.embedded;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The builder's test hook {@code reportedBlockstore}: the storage configuration reports the chosen type, and
 * presigned URLs point to the test's store server; without a base URL there are none, as on lakeFS's local store.
 */
class ReportedBlockstoreTests {

    @Test
    @DisplayName("an external store: config reports its type, presigned URLs point to its base, address path-encoded")
    void presignsToTheExternalStore() {
        try (EmbeddedLakeFS server = EmbeddedLakeFS.builder()
            .reportedBlockstore("azure", "http://127.0.0.1:9/store/")
            .build()
            .start()) {
            LakeFSHttp http = new LakeFSHttp(server);
            JsonNode storage = http.get("/config").json().path("storage_config");
            assertThat(storage.path("blockstore_type").asString()).isEqualTo("azure");
            assertThat(storage.path("pre_sign_support").asBoolean()).isTrue();
            assertThat(http.post("/repositories", "{\"name\":\"rep\",\"storage_namespace\":"
                    + "\"https://acct.blob.core.windows.net/c/a b?x#y\"}").status()).isEqualTo(201);

            String url = http.get("/repositories/rep/branches/main/staging/backing?path=x&presign=true").json()
                .path("presigned_url")
                .asString();
            assertThat(url).startsWith("http://127.0.0.1:9/store/acct.blob.core.windows.net/c/a%20b%3Fx%23y/data/")
                .contains("X-Embedded-Signature=")
                .doesNotContain(" ");
        }
    }

    @Test
    @DisplayName("no base URL: no presign support; presigned upload 500 and presigned read 400, as lakeFS's local store")
    void aStoreWithoutPresignedUrls() {
        try (EmbeddedLakeFS server = EmbeddedLakeFS.builder().reportedBlockstore("local", null).build().start()) {
            LakeFSHttp http = new LakeFSHttp(server);
            JsonNode storage = http.get("/config").json().path("storage_config");
            assertThat(storage.path("blockstore_type").asString()).isEqualTo("local");
            assertThat(storage.path("pre_sign_support").asBoolean()).isFalse();
            assertThat(http.post("/repositories", "{\"name\":\"rep\",\"storage_namespace\":\"local://r\"}").status())
                .isEqualTo(201);
            LakeFSHttp.Response staging = http.get("/repositories/rep/branches/main/staging/backing?path=x&presign=true");
            assertThat(staging.status()).isEqualTo(500);
            assertThat(staging.text()).contains("local adapter presigned URL: operation not supported");
            http.upload("rep", "main", "a.txt", "a");
            assertThat(http.get("/repositories/rep/refs/main/objects?path=a.txt&presign=true").status()).isEqualTo(400);
        }
    }

    @Test
    @DisplayName("the hook refuses unknown types, a base URL for mem, and a base that is no http(s) URL")
    void refusesBadSettings() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> EmbeddedLakeFS.builder().reportedBlockstore("ftp", "http://127.0.0.1:9"));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> EmbeddedLakeFS.builder().reportedBlockstore("mem", "http://127.0.0.1:9"));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> EmbeddedLakeFS.builder().reportedBlockstore("s3", "file:///etc"));
    }
}
