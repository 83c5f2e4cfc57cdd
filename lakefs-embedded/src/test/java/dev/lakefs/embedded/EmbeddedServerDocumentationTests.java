package dev.lakefs.embedded;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The snippets of {@code docs/embedded-server.md} that use the server directly, run as shown. Each snippet region is
 * marked with the section it comes from; the JUnit example is {@link dev.lakefs.embedded.junit.MyTests}.
 */
class EmbeddedServerDocumentationTests extends EmbeddedServerTestSupport {

    @Test
    void runFromJava() {
        // docs/embedded-server.md: from Java
        EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder()
            .port(0)                                  // 0 (the default): a free port
            .credentials("my-key", "my-secret")       // default: the lakeFS quickstart pair
            .spillThreshold(8 * 1024 * 1024)          // objects above 8 MiB go to disk
            .dataDirectory(Path.of("target/lakefs"))  // default: a temp directory, deleted on stop
            .presignExpiry(Duration.ofMinutes(5))     // lifetime of presigned URLs
            .build()
            .start();
        String endpoint = lakeFS.endpoint();          // http://127.0.0.1:<port>/api/v1
        // point any lakeFS client at endpoint, lakeFS.accessKeyId(), lakeFS.secretAccessKey()
        lakeFS.stop();                                // or close(): it is AutoCloseable
        // end of snippet

        assertThat(endpoint).matches("http://127\\.0\\.0\\.1:[1-9][0-9]*/api/v1");
        assertThat(lakeFS.accessKeyId()).isEqualTo("my-key");
        assertThat(lakeFS.secretAccessKey()).isEqualTo("my-secret");
        int port = URI.create(endpoint).getPort();
        assertThatIOException().as("the port is released on stop").isThrownBy(() -> new Socket("127.0.0.1", port).close());
    }

    @Test
    void faultsAreSwitchedOnAndOffAtRunTime() {
        EmbeddedLakeFS lakeFS = EmbeddedServerTestSupport.lakeFS;

        // docs/embedded-server.md: fault injection
        lakeFS.faults()
            .latency(Duration.ofMillis(200))          // before every request
            .rejectFraction(0.3, 429)                 // 30% answered 429 (with Retry-After) or 503, not applied
            .retryAfter(Duration.ofSeconds(1))
            .dropFraction(0.1)                        // 10% applied, then the connection breaks mid-response
            .onlyOperations("uploadObject", "commit") // fraction-based faults only for these operations
            .seed(42);                                // reproducible
        lakeFS.faults().failOnce("commit", 503);      // the next commit answers 503 and is not applied
        lakeFS.faults().dropOnce("mergeIntoBranch");  // the next merge is applied, then its connection drops
        lakeFS.faults().importLatency(Duration.ofMillis(100)); // each imported object takes this long
        lakeFS.faults().clear();
        // end of snippet

        this.http.upload(this.repository, "main", "a.txt", "a");
        LakeFSHttp.Response commit = this.http.commit(this.repository, "main", "after clear()");

        assertThat(commit.status()).as("clear() dropped the pending failOnce and the fractions").isEqualTo(201);
    }

}
