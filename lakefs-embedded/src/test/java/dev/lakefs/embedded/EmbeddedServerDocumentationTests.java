package dev.lakefs.embedded;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

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
    void dataDirectoryKeepsTheStateAcrossAStop(@TempDir Path directory) {
        try (EmbeddedLakeFS before = EmbeddedLakeFS.builder().dataDirectory(directory).build().start()) {
            new LakeFSHttp(before).createRepository("kept");
            assertThat(new LakeFSHttp(before).upload("kept", "main", "staged.txt", "staged").status()).isEqualTo(201);
        }

        // docs/embedded-server.md: data directory
        EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder()
            .dataDirectory(directory)                 // created when missing; read back on start()
            .build()
            .start();
        // end of snippet

        try (lakeFS) {
            assertThat(new LakeFSHttp(lakeFS).read("kept", "main", "staged.txt")).isEqualTo("staged");
        }
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

    @Test
    void s3ClientForTheGateway() {
        EmbeddedLakeFS lakeFS = EmbeddedServerTestSupport.lakeFS;

        // docs/embedded-server.md: S3 gateway
        S3Client s3 = S3Client.builder()
            .endpointOverride(URI.create(lakeFS.url()))
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(lakeFS.accessKeyId(), lakeFS.secretAccessKey())))
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .build();
        // end of snippet

        try (s3) {
            s3.putObject((put) -> put.bucket(this.repository).key("main/data/hello.txt"), RequestBody.fromString("hi"));
            assertThat(s3.getObjectAsBytes((get) -> get.bucket(this.repository).key("main/data/hello.txt"))
                .asUtf8String()).isEqualTo("hi");
        }
    }
}
