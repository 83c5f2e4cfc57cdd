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
    @DisplayName("stop() releases the port; a stopped server has no url")
    void stopReleasesResources() throws Exception {
        EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().spillThreshold(10).build().start();
        int port = lakeFS.port();
        lakeFS.storage().put("mem://bucket/large", new byte[1000]);
        lakeFS.stop();
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            assertThat(socket.isBound()).isTrue();
        }
        assertThatIllegalStateException().isThrownBy(lakeFS::url);
    }

    @Test
    @DisplayName("with a data directory, objects are files there; stop() keeps them, start() serves them and journals on")
    void dataDirectoryKeepsObjectsAcrossStop(@TempDir Path directory) throws Exception {
        EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().dataDirectory(directory).build().start();
        lakeFS.storage().put("mem://bucket/small", new byte[] { 1, 2, 3 });
        assertThat(fileCount(directory.resolve("objects"))).isEqualTo(1);
        lakeFS.stop();
        assertThat(fileCount(directory.resolve("objects"))).isEqualTo(1);
        lakeFS.start();
        assertThat(lakeFS.storage().get("mem://bucket/small")).containsExactly(1, 2, 3);
        lakeFS.createRepository("after-restart", "main");
        assertThat(new LakeFSHttp(lakeFS).upload("after-restart", "main", "x", "written after a restart").status())
            .isEqualTo(201);
        lakeFS.stop();
        try (EmbeddedLakeFS restarted = lakeFS.start()) {
            assertThat(new LakeFSHttp(restarted).read("after-restart", "main", "x"))
                .isEqualTo("written after a restart");
        }
    }

    @Test
    @DisplayName("with a data directory, reset() empties it: a restarted server is empty and old tokens stay revoked")
    void resetEmptiesTheDataDirectory(@TempDir Path directory) throws Exception {
        EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().dataDirectory(directory).build().start();
        LakeFSHttp http = new LakeFSHttp(lakeFS);
        lakeFS.createRepository("before-reset", "main");
        assertThat(http.upload("before-reset", "main", "x", "content").status()).isEqualTo(201);
        String token = login(http, lakeFS);
        lakeFS.reset();
        lakeFS.stop();
        assertThat(fileCount(directory.resolve("objects"))).isZero();
        try (EmbeddedLakeFS restarted = lakeFS.start()) {
            LakeFSHttp again = new LakeFSHttp(restarted);
            assertThat(again.get("/repositories/before-reset").status()).isEqualTo(404);
            assertThat(again.call("GET", "/repositories").bearer(token).send().status()).isEqualTo(401);
            assertThat(again.call("GET", "/repositories").bearer(login(again, restarted)).send().status())
                .isEqualTo(200);
        }
    }

    @Test
    @DisplayName("a second server on a data directory in use is refused; once the first stops, it starts")
    void dataDirectoryIsLocked(@TempDir Path directory) {
        try (EmbeddedLakeFS first = EmbeddedLakeFS.builder().dataDirectory(directory).build().start()) {
            EmbeddedLakeFS second = EmbeddedLakeFS.builder().dataDirectory(directory).build();
            assertThatIllegalStateException().isThrownBy(second::start)
                .withMessageContaining("in use by another embedded lakeFS server")
                .withMessageContaining(directory.toString());
            assertThatIllegalStateException().isThrownBy(second::url);
            first.stop();
            second.start().close();
        }
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

    private static String login(LakeFSHttp http, EmbeddedLakeFS lakeFS) {
        return http.call("POST", "/auth/login").noAuth()
            .json("{\"access_key_id\":\"" + lakeFS.accessKeyId() + "\",\"secret_access_key\":\""
                    + lakeFS.secretAccessKey() + "\"}")
            .send().json().path("token").asString();
    }

    private static long fileCount(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
