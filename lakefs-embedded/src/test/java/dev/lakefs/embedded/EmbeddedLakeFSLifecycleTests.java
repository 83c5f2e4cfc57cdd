package dev.lakefs.embedded;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Starting, resetting and stopping {@link EmbeddedLakeFS}. */
class EmbeddedLakeFSLifecycleTests {

    @Test
    @DisplayName("defaults: 127.0.0.1, a random port, the lakeFS quickstart credentials, endpoint = url + /api/v1")
    void defaults() {
        try (EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().build().start()) {
            assertThat(lakeFS.port()).isPositive();
            assertThat(lakeFS.url()).isEqualTo("http://127.0.0.1:" + lakeFS.port());
            assertThat(lakeFS.endpoint()).isEqualTo(lakeFS.url() + "/api/v1");
            assertThat(lakeFS.accessKeyId()).isEqualTo("AKIAIOSFOLQUICKSTART");
            assertThat(lakeFS.secretAccessKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
            assertThat(new LakeFSHttp(lakeFS).call("GET", "/healthcheck").noAuth().send().status()).isEqualTo(204);
        }
    }

    @Test
    @DisplayName("stop() releases the port and deletes spilled blobs; a stopped server has no url")
    void stopReleasesResources(@TempDir Path spill) throws Exception {
        EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().spillThreshold(10).build().start();
        int port = lakeFS.port();
        lakeFS.storage().put("mem://bucket/large", new byte[1000]);
        lakeFS.stop();
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            assertThat(socket.isBound()).isTrue();
        }
        assertThatIllegalStateException().isThrownBy(lakeFS::url);
        EmbeddedLakeFS withDirectory = EmbeddedLakeFS.builder().spillThreshold(10).dataDirectory(spill).build()
            .start();
        withDirectory.storage().put("mem://bucket/large", new byte[1000]);
        assertThat(fileCount(spill)).isEqualTo(1);
        withDirectory.close();
        assertThat(fileCount(spill)).isZero();
    }

    @Test
    @DisplayName("a stopped server starts again, empty")
    void restart() {
        EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().spillThreshold(10).build().start();
        lakeFS.createRepository("before-stop", "main");
        lakeFS.stop();
        try (EmbeddedLakeFS restarted = lakeFS.start()) {
            LakeFSHttp http = new LakeFSHttp(restarted);
            assertThat(http.get("/repositories/before-stop").status()).isEqualTo(404);
            assertThat(http.createRepository("after-restart").status()).isEqualTo(201);
            assertThat(http.upload("after-restart", "main", "big", "x".repeat(100)).status()).isEqualTo(201);
            assertThat(http.read("after-restart", "main", "big")).hasSize(100);
        }
    }

    @Test
    @DisplayName("reset() drops repositories and blobs and revokes login tokens")
    void reset() {
        try (EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().build().start()) {
            LakeFSHttp http = new LakeFSHttp(lakeFS);
            lakeFS.createRepository("before-reset", "main");
            lakeFS.storage().put("mem://b/x", new byte[] { 1 });
            String token = http.call("POST", "/auth/login").noAuth()
                .json("{\"access_key_id\":\"" + lakeFS.accessKeyId() + "\",\"secret_access_key\":\""
                        + lakeFS.secretAccessKey() + "\"}")
                .send().json().path("token").asString();
            lakeFS.reset();
            assertThat(http.get("/repositories/before-reset").status()).isEqualTo(404);
            assertThat(lakeFS.storage().list("mem://b/")).isEmpty();
            assertThat(http.call("GET", "/repositories").bearer(token).send().status()).isEqualTo(401);
            assertThat(lakeFS.recordedRequests()).hasSizeLessThanOrEqualTo(2);
        }
    }

    private static long fileCount(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
