package dev.lakefs.spring.s3;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Clients built by {@link LakeFSS3} against the embedded server's S3 gateway, over real HTTP with the AWS SDK: one
 * store behind both doors.
 */
class LakeFSS3Tests extends AbstractEmbeddedLakeFSTests {

    private static S3Client s3;

    private static S3Presigner presigner;

    @BeforeAll
    static void createClients() {
        // The API URL works too: the gateway is at the server's root.
        s3 = LakeFSS3.clientBuilder(URI.create(server.endpoint()), server.accessKeyId(), server.secretAccessKey())
            .build();
        presigner = LakeFSS3.presignerBuilder(URI.create(server.url()),
                LakeFSS3.credentials(server.accessKeyId(), server.secretAccessKey()))
            .build();
    }

    @AfterAll
    static void closeClients() {
        s3.close();
        presigner.close();
    }

    @Test
    void putListHeadAndGetOnABranch() {
        Repository repository = newRepository();
        Branch experiment = repository.branch("experiment").create("main");

        s3.putObject((put) -> put.bucket(repository.id())
            .key("experiment/text/sample_data.txt")
            .contentType("text/plain")
            .metadata(Map.of("origin", "s3")), RequestBody.fromString("This is my object data"));

        ListObjectsV2Response listing = s3.listObjectsV2((list) -> list.bucket(repository.id())
            .prefix("experiment/text/"));
        assertThat(listing.contents()).extracting(S3Object::key).containsExactly("experiment/text/sample_data.txt");
        HeadObjectResponse head = s3.headObject((request) -> request.bucket(repository.id())
            .key("experiment/text/sample_data.txt"));
        assertThat(head.contentLength()).isEqualTo(22);
        assertThat(head.contentType()).isEqualTo("text/plain");
        assertThat(head.metadata()).containsEntry("origin", "s3");
        assertThat(s3.getObjectAsBytes((get) -> get.bucket(repository.id()).key("experiment/text/sample_data.txt"))
            .asUtf8String()).isEqualTo("This is my object data");

        ObjectStats stats = experiment.object("text/sample_data.txt").stat();
        assertThat(stats.sizeBytes()).isEqualTo(22);
        assertThat(experiment.object("text/sample_data.txt").readString()).isEqualTo("This is my object data");
    }

    @Test
    void readsAtACommitIdWhatTheRestApiCommitted() {
        Repository repository = newRepository();
        Branch main = repository.branch("main");
        main.object("data/a.csv").upload("a");
        String commitId = main.commit("add a").id();
        main.object("data/b.csv").upload("b");

        ListObjectsV2Response atCommit = s3.listObjectsV2((list) -> list.bucket(repository.id())
            .prefix(commitId + "/data/"));
        ListObjectsV2Response onBranch = s3.listObjectsV2((list) -> list.bucket(repository.id()).prefix("main/data/"));

        assertThat(atCommit.contents()).extracting(S3Object::key).containsExactly(commitId + "/data/a.csv");
        assertThat(onBranch.contents()).extracting(S3Object::key).containsExactly("main/data/a.csv", "main/data/b.csv");
    }

    @Test
    void presignedGetNeedsNoCredentials() throws Exception {
        Repository repository = newRepository();
        repository.branch("main").object("shared/report.txt").upload("for anyone with the link");

        URL url = presigner
            .presignGetObject((presign) -> presign.signatureDuration(Duration.ofMinutes(10))
                .getObjectRequest((get) -> get.bucket(repository.id()).key("main/shared/report.txt")))
            .url();
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(url.toURI()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(url.getPath()).isEqualTo("/" + repository.id() + "/main/shared/report.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("for anyone with the link");
    }

    @Test
    void documentedUsageWithoutSpringBoot() {
        lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo");
        Branch main = lakeFS.repository("example-repo").branch("main");
        String lakeFSUrl = server.url();
        String accessKeyId = server.accessKeyId();
        String secretAccessKey = server.secretAccessKey();

        // docs/s3-gateway.md: without Spring Boot
        S3Client s3 = LakeFSS3.clientBuilder(URI.create(lakeFSUrl), accessKeyId, secretAccessKey).build();
        s3.putObject((put) -> put.bucket("example-repo").key("main/text/sample_data.txt"),
                RequestBody.fromString("This is my object data"));
        main.commit("Add sample data"); // a transaction merges into main: main must have no uncommitted changes
        main.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("Add a report"), (tx) -> {
            s3.putObject((put) -> put.bucket("example-repo").key("main/reports/summary.txt"),
                    RequestBody.fromString("1 file"));
        });

        assertThat(main.object("text/sample_data.txt").readString()).isEqualTo("This is my object data");
        assertThat(main.object("reports/summary.txt").readString()).isEqualTo("1 file");
        assertThat(main.uncommitted()).isEmpty();
        s3.close();
    }

    @Test
    void gatewayEndpointIsTheServerRoot() {
        assertThat(LakeFSS3.gatewayEndpoint(URI.create("https://lakefs.example.com/api/v1/")))
            .isEqualTo(URI.create("https://lakefs.example.com"));
        assertThat(LakeFSS3.gatewayEndpoint(URI.create("http://localhost:8000")))
            .isEqualTo(URI.create("http://localhost:8000"));
        assertThat(LakeFSS3.gatewayEndpoint(URI.create("https://example.com/lakefs/api/v1")))
            .isEqualTo(URI.create("https://example.com/lakefs"));
        assertThatIllegalArgumentException().isThrownBy(() -> LakeFSS3.gatewayEndpoint(URI.create("lakefs:8000")))
            .withMessageContaining("lakefs:8000");
    }

    @Test
    void credentialsGoTogether() {
        assertThatIllegalArgumentException().isThrownBy(() -> LakeFSS3.credentials("AKIA", null))
            .withMessageContaining("secret access key is missing");
        assertThat(LakeFSS3.credentials(null, null)).isInstanceOf(AnonymousCredentialsProvider.class);
    }

}
