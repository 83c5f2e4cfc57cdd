package dev.lakefs.embedded.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing as lakeFS's {@code run.go} and gateway middleware route: signed requests at the server root, buckets as
 * repositories, lakeFS's S3 XML errors, and the sub-resources lakeFS refuses.
 */
class GatewayRoutingTests extends GatewayTestSupport {

    @Test
    @DisplayName("ListBuckets lists the repositories; HeadBucket answers 200; GetBucketLocation is empty (us-east-1)")
    void buckets() {
        assertThat(this.s3.listBuckets().buckets()).extracting(Bucket::name).contains(this.repository);
        assertThat(this.s3.listBuckets().buckets()).allSatisfy(bucket -> assertThat(bucket.creationDate()).isNotNull());
        assertThat(this.s3.headBucket((request) -> request.bucket(this.repository)).sdkHttpResponse().statusCode())
            .isEqualTo(200);
        assertThat(this.s3.getBucketLocation((request) -> request.bucket(this.repository)).locationConstraintAsString())
            .isEmpty();
        assertThat(this.s3.getBucketVersioning((request) -> request.bucket(this.repository)).status()).isNull();
    }

    @Test
    @DisplayName("an unknown bucket is NoSuchBucket 404; creating one is NotImplemented 501, an existing one BucketAlreadyExists 409")
    void unknownBucket() {
        S3Exception missing = s3Error(() -> this.s3.listObjectsV2((request) -> request.bucket("no-such-repo")));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket");
        assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket does not exist");
        S3Exception create = s3Error(() -> this.s3.createBucket((request) -> request.bucket("no-such-repo")));
        assertThat(create.statusCode()).isEqualTo(501);
        assertThat(create.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
        S3Exception exists = s3Error(() -> this.s3.createBucket((request) -> request.bucket(this.repository)));
        assertThat(exists.statusCode()).isEqualTo(409);
        assertThat(exists.awsErrorDetails().errorCode()).isEqualTo("BucketAlreadyExists");
    }

    @Test
    @DisplayName("an endpoint that ends in /api/v1 gets ErrNoSuchBucketPossibleAPIEndpoint 404")
    void apiEndpointByMistake() {
        try (S3Client wrong = s3Client((builder) -> builder.endpointOverride(URI.create(lakeFS.endpoint())))) {
            S3Exception error = s3Error(() -> wrong.putObject((request) -> request.bucket(this.repository)
                .key("main/file.txt"), RequestBody.fromString("x")));
            assertThat(error.statusCode()).isEqualTo(404);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ErrNoSuchBucketPossibleAPIEndpoint");
            assertThat(error.awsErrorDetails().errorMessage()).contains("/api/v1");
        }
    }

    @Test
    @DisplayName("the error body is lakeFS's XML: Code, Message, Key, BucketName, Resource ref@repo, Region, RequestId, HostId")
    void errorBody() {
        try (S3Presigner presigner = presigner()) {
            URI url = presigner.presignGetObject((request) -> request.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest((get) -> get.bucket(this.repository).key("main/missing.txt"))).url().toURI();
            HttpResponse<String> response = send(HttpRequest.newBuilder(url).build());
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml");
            assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
                        + "<Key>missing.txt</Key><BucketName>" + this.repository + "</BucketName><Resource>main@"
                        + this.repository + "</Resource><Region>us-east-1</Region><RequestId>")
                .containsPattern("<HostId>[0-9a-f]{8}</HostId></Error>$")
                .doesNotContain("Exception");
        }
        catch (java.net.URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    @DisplayName("a wrong secret is SignatureDoesNotMatch 403, an unknown key AccessDenied 403, before the bucket is looked up")
    void authenticationErrors() {
        try (S3Client wrongSecret = s3Client((builder) -> builder.credentialsProvider(StaticCredentialsProvider
            .create(AwsBasicCredentials.create(lakeFS.accessKeyId(), "not-the-secret"))))) {
            S3Exception error = s3Error(() -> wrongSecret.listObjectsV2((request) -> request.bucket("no-such-repo")));
            assertThat(error.statusCode()).isEqualTo(403);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
        }
        try (S3Client unknownKey = s3Client((builder) -> builder.credentialsProvider(StaticCredentialsProvider
            .create(AwsBasicCredentials.create("AKIAUNKNOWN", lakeFS.secretAccessKey()))))) {
            S3Exception error = s3Error(() -> unknownKey.headBucket((request) -> request.bucket(this.repository)));
            assertThat(error.statusCode()).isEqualTo(403);
        }
    }

    @Test
    @DisplayName("unsigned requests keep the REST API's routing")
    void unsignedRequestsAreNotGatewayRequests() {
        HttpResponse<String> root = send(HttpRequest.newBuilder(URI.create(lakeFS.url() + "/" + this.repository))
            .build());
        assertThat(root.body()).doesNotContain("<Error>");
        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(lakeFS.endpoint() + "/healthcheck"))
            .build());
        assertThat(api.statusCode()).isEqualTo(204);
    }

    @Test
    @DisplayName("sub-resources lakeFS does not support answer ERRLakeFSNotSupported 405, per operation")
    void unsupportedSubResources() {
        put("main/file.txt", "content");
        S3Exception objectAcl = s3Error(() -> this.s3.getObjectAcl((request) -> request.bucket(this.repository)
            .key("main/file.txt")));
        assertThat(objectAcl.statusCode()).isEqualTo(405);
        assertThat(objectAcl.awsErrorDetails().errorCode()).isEqualTo("ERRLakeFSNotSupported");
        assertThat(objectAcl.awsErrorDetails().errorMessage()).isEqualTo("This operation is not supported in LakeFS");
        S3Exception bucketAcl = s3Error(() -> this.s3.getBucketAcl((request) -> request.bucket(this.repository)));
        assertThat(bucketAcl.awsErrorDetails().errorCode()).isEqualTo("ERRLakeFSNotSupported");
        S3Exception putTagging = s3Error(() -> this.s3.putObjectTagging((request) -> request.bucket(this.repository)
            .key("main/file.txt").tagging((tagging) -> tagging.tagSet((tag) -> tag.key("k").value("v")))));
        assertThat(putTagging.statusCode()).isEqualTo(405);
        S3Exception deleteBucket = s3Error(() -> this.s3.deleteBucket((request) -> request.bucket(this.repository)));
        assertThat(deleteBucket.statusCode()).isEqualTo(405);
        assertThat(deleteBucket.awsErrorDetails().errorCode()).isEqualTo("ERRLakeFSNotSupported");
        S3Exception lifecycle = s3Error(() -> this.s3.getBucketLifecycleConfiguration((request) -> request
            .bucket(this.repository)));
        assertThat(lifecycle.statusCode()).isEqualTo(405);
        // GetObjectTagging is answered, with an empty tag set.
        assertThat(this.s3.getObjectTagging((request) -> request.bucket(this.repository).key("main/file.txt"))
            .tagSet()).isEmpty();
        assertThat(lakeFS.recordedRequests()).anySatisfy(recorded -> assertThat(recorded.operationId())
            .isEqualTo("s3Gateway"));
    }
}
