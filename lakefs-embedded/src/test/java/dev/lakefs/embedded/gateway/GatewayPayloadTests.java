package dev.lakefs.embedded.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payloads: presigned GET and PUT through a plain HTTP client, the payload mode lakeFS refuses (a default
 * {@code S3Client} over http, the seed's Boto checksum error) leaving no object, and hostile XML bodies.
 */
class GatewayPayloadTests extends GatewayTestSupport {

    @Test
    @DisplayName("S3Presigner GET and PUT URLs work with the JDK HttpClient")
    void presignedUrls() throws Exception {
        put("main/presigned.txt", "read me");
        try (S3Presigner presigner = presigner()) {
            URI getUrl = presigner.presignGetObject((request) -> request.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest((get) -> get.bucket(this.repository).key("main/presigned.txt"))).url().toURI();
            HttpResponse<String> read = send(HttpRequest.newBuilder(getUrl).build());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).isEqualTo("read me");
            assertThat(read.headers().firstValue("ETag")).hasValue("\"" + md5("read me") + "\"");
            PresignedPutObjectRequest putRequest = presigner.presignPutObject((request) -> request
                .signatureDuration(Duration.ofMinutes(5))
                .putObjectRequest((put) -> put.bucket(this.repository).key("main/uploaded.txt")));
            HttpRequest.Builder upload = HttpRequest.newBuilder(putRequest.url().toURI())
                .PUT(HttpRequest.BodyPublishers.ofString("written by URL"));
            putRequest.signedHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("host")) {
                    values.forEach(value -> upload.header(name, value));
                }
            });
            HttpResponse<String> written = send(upload.build());
            assertThat(written.statusCode()).isEqualTo(200);
            assertThat(written.headers().firstValue("ETag")).hasValue("\"" + md5("written by URL") + "\"");
        }
        assertThat(get("main/uploaded.txt")).isEqualTo("written by URL");
    }

    @Test
    @DisplayName("a default S3Client over http (signed chunks with a trailing checksum) fails PutObject as against lakeFS, leaving nothing")
    void defaultClientPayloadModeRefused() {
        try (S3Client defaults = S3Client.builder()
            .endpointOverride(URI.create(lakeFS.url()))
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider
                .create(AwsBasicCredentials.create(lakeFS.accessKeyId(), lakeFS.secretAccessKey())))
            .overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build()) {
            S3Exception error = s3Error(() -> defaults.putObject((request) -> request.bucket(this.repository)
                .key("main/refused.txt"), RequestBody.fromString("refused payload")));
            assertThat(error.statusCode()).isEqualTo(403);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            // Reads need no payload mode: the same client reads fine.
            put("main/readable.txt", "fine");
            assertThat(defaults.getObjectAsBytes((request) -> request.bucket(this.repository)
                .key("main/readable.txt")).asUtf8String()).isEqualTo("fine");
        }
        assertThat(s3Error(() -> get("main/refused.txt")).statusCode()).isEqualTo(404);
        assertThat(this.s3.listObjectsV2((request) -> request.bucket(this.repository).prefix("main/refused"))
            .contents()).isEmpty();
    }

    @Test
    @DisplayName("a body that fails its signed hash or chunk signatures while read is InternalError 500, as lakeFS answers, and leaves nothing")
    void corruptPayloadsLeaveNothing() {
        byte[] body = "the signed content of the object".getBytes(StandardCharsets.UTF_8);
        String path = "/" + this.repository + "/main/corrupt.txt";
        HttpResponse<String> intact = signed("PUT", path, body, true, UnaryOperator.identity());
        assertThat(intact.statusCode()).as(intact.body()).isEqualTo(200);
        this.s3.deleteObject((request) -> request.bucket(this.repository).key("main/corrupt.txt"));
        HttpResponse<String> hashed = signed("PUT", path, body, false, GatewayPayloadTests::flipLastByte);
        assertThat(hashed.statusCode()).as(hashed.body()).isEqualTo(500);
        assertThat(hashed.body()).contains("<Code>InternalError</Code>");
        HttpResponse<String> chunked = signed("PUT", path, body, true, GatewayPayloadTests::flipFirstDataByte);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(500);
        assertThat(chunked.body()).contains("<Code>InternalError</Code>");
        assertThat(s3Error(() -> get("main/corrupt.txt")).statusCode()).isEqualTo(404);
        assertThat(this.s3.listObjectsV2((request) -> request.bucket(this.repository).prefix("main/"))
            .contents()).isEmpty();
    }

    private static byte[] flipLastByte(byte[] body) {
        byte[] copy = body.clone();
        copy[copy.length - 1] ^= 1;
        return copy;
    }

    /** Flips the first byte after the first chunk header line ({@code <size>;chunk-signature=<hex>\r\n}). */
    private static byte[] flipFirstDataByte(byte[] body) {
        byte[] copy = body.clone();
        int data = new String(copy, StandardCharsets.ISO_8859_1).indexOf("\r\n") + 2;
        copy[data] ^= 1;
        return copy;
    }

    @Test
    @DisplayName("DeleteObjects bodies with a DTD or entities, not XML, or too large are BadRequest 400 and delete nothing")
    void hostileDeleteBodies() {
        put("main/keep.txt", "kept");
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE Delete [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Delete><Object><Key>&xxe;</Key></Object><Object><Key>main/keep.txt</Key></Object></Delete>";
        String huge = "<Delete>" + "<Object><Key>main/keep.txt</Key></Object>".repeat(120_000) + "</Delete>";
        for (String body : new String[] { dtd, "<Delete><Object><Key>main/keep.txt</Key>", "not xml", huge }) {
            HttpResponse<String> response = signed("POST", "/" + this.repository + "?delete",
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(body.substring(0, Math.min(60, body.length()))).isEqualTo(400);
            assertThat(response.body()).contains("<Code>BadRequest</Code>");
        }
        assertThat(get("main/keep.txt")).isEqualTo("kept");
        HttpResponse<String> empty = signed("POST", "/" + this.repository + "?delete",
                "<Delete></Delete>".getBytes(StandardCharsets.UTF_8));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("<Code>MalformedXML</Code>");
        HttpResponse<String> escaped = signed("POST", "/" + this.repository + "?delete",
                "<Delete><Object><Key>main/a&amp;b</Key></Object></Delete>".getBytes(StandardCharsets.UTF_8));
        assertThat(escaped.statusCode()).isEqualTo(200);
        assertThat(escaped.body()).contains("<Deleted><Key>main/a&amp;b</Key></Deleted>");
    }

    @Test
    @DisplayName("a CompleteMultipartUpload body with a DTD fails as lakeFS fails a bad body (InternalError 500), keeping nothing")
    void hostileCompleteBody() {
        String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/mpu.txt")).uploadId();
        this.s3.uploadPart((request) -> request.bucket(this.repository).key("main/mpu.txt").uploadId(uploadId)
            .partNumber(1), RequestBody.fromString("part"));
        String body = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]><CompleteMultipartUpload>&a;</CompleteMultipartUpload>";
        HttpResponse<String> response = signed("POST", "/" + this.repository + "/main/mpu.txt?uploadId=" + uploadId,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<Code>InternalError</Code>").doesNotContain("Exception");
        assertThat(s3Error(() -> get("main/mpu.txt")).statusCode()).isEqualTo(404);
    }
}
