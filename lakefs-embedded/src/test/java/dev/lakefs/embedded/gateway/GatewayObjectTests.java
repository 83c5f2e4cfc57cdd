package dev.lakefs.embedded.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import static org.assertj.core.api.Assertions.assertThat;

/** GetObject, HeadObject and PutObject as lakeFS's {@code getobject.go}, {@code headobject.go}, {@code putobject.go}. */
class GatewayObjectTests extends GatewayTestSupport {

    private static final String TEXT = "hello through the S3 gateway";

    @Test
    @DisplayName("PutObject answers the quoted MD5 ETag; GetObject returns the bytes, ETag, Content-Type, Last-Modified and metadata")
    void putAndGet() {
        String etag = this.s3.putObject((request) -> request.bucket(this.repository).key("main/dir/file.txt")
            .contentType("text/csv").metadata(Map.of("Owner", "data-team", "note", "=?UTF-8?B?Y2Fmw6k=?=")),
                RequestBody.fromString(TEXT)).eTag();
        assertThat(etag).isEqualTo("\"" + md5(TEXT) + "\"");
        ResponseBytes<GetObjectResponse> object = this.s3.getObjectAsBytes((request) -> request
            .bucket(this.repository).key("main/dir/file.txt"));
        assertThat(object.asUtf8String()).isEqualTo(TEXT);
        GetObjectResponse response = object.response();
        assertThat(response.eTag()).isEqualTo(etag);
        assertThat(response.contentType()).isEqualTo("text/csv");
        assertThat(response.contentLength()).isEqualTo(TEXT.length());
        assertThat(response.lastModified()).isNotNull();
        assertThat(response.acceptRanges()).isEqualTo("bytes");
        // Keys are stored lower-cased; an RFC 2047 value is decoded, and goes out Q-encoded as lakeFS writes it.
        assertThat(response.metadata()).containsEntry("owner", "data-team")
            .containsEntry("note", "=?utf-8?q?caf=C3=A9?=");
    }

    @Test
    @DisplayName("a body without Content-Type is stored as application/octet-stream")
    void defaultContentType() {
        this.s3.putObject((request) -> request.bucket(this.repository).key("main/raw.bin"),
                RequestBody.fromBytes(new byte[] { 1, 2, 3 }));
        assertThat(this.s3.headObject((request) -> request.bucket(this.repository).key("main/raw.bin"))
            .contentType()).isIn("application/octet-stream", "binary/octet-stream");
    }

    @Test
    @DisplayName("HeadObject answers the size, ETag, Content-Type and metadata without a body")
    void head() {
        String etag = this.s3.putObject((request) -> request.bucket(this.repository).key("main/h.txt")
            .contentType("text/plain").metadata(Map.of("k", "v")), RequestBody.fromString(TEXT)).eTag();
        HeadObjectResponse head = this.s3.headObject((request) -> request.bucket(this.repository).key("main/h.txt"));
        assertThat(head.contentLength()).isEqualTo(TEXT.length());
        assertThat(head.eTag()).isEqualTo(etag);
        assertThat(head.contentType()).isEqualTo("text/plain");
        assertThat(head.metadata()).containsEntry("k", "v");
        S3Exception missing = s3Error(() -> this.s3.headObject((request) -> request.bucket(this.repository)
            .key("main/nothing")));
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("Range gives 206 with Content-Range; a start past the end is InvalidRange 416; a malformed range is ignored")
    void ranges() {
        put("main/r.txt", "0123456789");
        ResponseBytes<GetObjectResponse> part = this.s3.getObjectAsBytes((request) -> request.bucket(this.repository)
            .key("main/r.txt").range("bytes=2-5"));
        assertThat(part.asUtf8String()).isEqualTo("2345");
        assertThat(part.response().contentRange()).isEqualTo("bytes 2-5/10");
        assertThat(this.s3.getObjectAsBytes((request) -> request.bucket(this.repository).key("main/r.txt")
            .range("bytes=-3")).asUtf8String()).isEqualTo("789");
        assertThat(this.s3.getObjectAsBytes((request) -> request.bucket(this.repository).key("main/r.txt")
            .range("bytes=7-100")).asUtf8String()).isEqualTo("789");
        S3Exception unsatisfiable = s3Error(() -> this.s3.getObjectAsBytes((request) -> request
            .bucket(this.repository).key("main/r.txt").range("bytes=10-")));
        assertThat(unsatisfiable.statusCode()).isEqualTo(416);
        assertThat(unsatisfiable.awsErrorDetails().errorCode()).isEqualTo("InvalidRange");
        assertThat(this.s3.getObjectAsBytes((request) -> request.bucket(this.repository).key("main/r.txt")
            .range("bytes=5-2")).asUtf8String()).isEqualTo("0123456789");
        assertThat(this.s3.getObjectAsBytes((request) -> request.bucket(this.repository).key("main/r.txt")
            .range("bytes=99999999999999999999-")).asUtf8String()).as("beyond long").isEqualTo("0123456789");
        HeadObjectResponse head = this.s3.headObject((request) -> request.bucket(this.repository).key("main/r.txt")
            .range("bytes=0-3"));
        assertThat(head.contentLength()).isEqualTo(4);
        assertThat(head.contentRange()).isEqualTo("bytes 0-3/10");
    }

    @Test
    @DisplayName("range numbers are Go int64s: 19 digits and a '+' sign are read, past a long is malformed")
    void rangeNumbersAsGoParsesThem() {
        put("main/r.txt", "0123456789");
        ResponseBytes<GetObjectResponse> clamped = this.s3.getObjectAsBytes((request) -> request
            .bucket(this.repository).key("main/r.txt").range("bytes=7-1000000000000000000"));
        assertThat(clamped.asUtf8String()).isEqualTo("789");
        assertThat(clamped.response().contentRange()).isEqualTo("bytes 7-9/10");
        assertThat(this.s3.getObjectAsBytes((request) -> request.bucket(this.repository).key("main/r.txt")
            .range("bytes=+2-+3")).asUtf8String()).isEqualTo("23");
        ResponseBytes<GetObjectResponse> whole = this.s3.getObjectAsBytes((request) -> request
            .bucket(this.repository).key("main/r.txt").range("bytes=0-9223372036854775808"));
        assertThat(whole.asUtf8String()).isEqualTo("0123456789");
        assertThat(whole.response().contentRange()).isNull();
    }

    @Test
    @DisplayName("a missing key is NoSuchKey 404; a missing ref too")
    void missing() {
        S3Exception key = s3Error(() -> get("main/none"));
        assertThat(key.statusCode()).isEqualTo(404);
        assertThat(key.awsErrorDetails().errorCode()).isEqualTo("NoSuchKey");
        S3Exception ref = s3Error(() -> get("no-such-branch/none"));
        assertThat(ref.awsErrorDetails().errorCode()).isEqualTo("NoSuchKey");
    }

    @Test
    @DisplayName("reads at any ref: commit id, tag, ref expressions; writes only to branches (else NoSuchBucket 404)")
    void refs() throws Exception {
        put("main/v.txt", "one");
        Commit first = commit("main", "one");
        put("main/v.txt", "two");
        Commit second = commit("main", "two");
        new io.lakefs.clients.sdk.TagsApi(this.objects.getApiClient())
            .createTag(this.repository, new TagCreation().id("v1").ref(first.getId())).execute();
        assertThat(get(first.getId() + "/v.txt")).isEqualTo("one");
        assertThat(get(second.getId().substring(0, 12) + "/v.txt")).isEqualTo("two");
        assertThat(get("v1/v.txt")).isEqualTo("one");
        assertThat(get("main~1/v.txt")).isEqualTo("one");
        put("main/v.txt", "three");
        assertThat(get("main@/v.txt")).isEqualTo("two");
        assertThat(get("main/v.txt")).isEqualTo("three");
        for (String ref : new String[] { "v1", first.getId(), "no-such-branch" }) {
            S3Exception error = s3Error(() -> put(ref + "/w.txt", "x"));
            assertThat(error.statusCode()).as(ref).isEqualTo(404);
            assertThat(error.awsErrorDetails().errorCode()).as(ref).isEqualTo("NoSuchBucket");
        }
        // Not a valid branch id: lakeFS's BranchExists fails validation, an internal error.
        S3Exception expression = s3Error(() -> put("main~1/w.txt", "x"));
        assertThat(expression.statusCode()).isEqualTo(500);
        assertThat(expression.awsErrorDetails().errorCode()).isEqualTo("InternalError");
    }

    @Test
    @DisplayName("If-None-Match: * on an existing path is PreconditionFailed 412; If-Match is NotImplemented 501")
    void conditions() {
        put("main/once.txt", "first");
        S3Exception exists = s3Error(() -> this.s3.putObject((request) -> request.bucket(this.repository)
            .key("main/once.txt").ifNoneMatch("*"), RequestBody.fromString("second")));
        assertThat(exists.statusCode()).isEqualTo(412);
        assertThat(exists.awsErrorDetails().errorCode()).isEqualTo("PreconditionFailed");
        assertThat(get("main/once.txt")).isEqualTo("first");
        this.s3.putObject((request) -> request.bucket(this.repository).key("main/new.txt").ifNoneMatch("*"),
                RequestBody.fromString("created"));
        assertThat(get("main/new.txt")).isEqualTo("created");
        S3Exception ifMatch = s3Error(() -> this.s3.putObject((request) -> request.bucket(this.repository)
            .key("main/once.txt").ifMatch("\"abc\""), RequestBody.fromString("third")));
        assertThat(ifMatch.statusCode()).isEqualTo(501);
        assertThat(ifMatch.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
    }

    @Test
    @DisplayName("user metadata over 2 KiB is MetadataTooLarge 400 and leaves no object")
    void metadataTooLarge() {
        String big = "x".repeat(2048);
        S3Exception error = s3Error(() -> this.s3.putObject((request) -> request.bucket(this.repository)
            .key("main/big-meta.txt").metadata(Map.of("k", big)), RequestBody.fromString(TEXT)));
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("MetadataTooLarge");
        assertThat(s3Error(() -> get("main/big-meta.txt")).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("keys with spaces, unicode and encoded characters round-trip")
    void awkwardKeys() {
        String key = "main/dir with space/ünï+cødé%2F.txt";
        put(key, TEXT);
        assertThat(get(key)).isEqualTo(TEXT);
        assertThat(this.s3.listObjectsV2((request) -> request.bucket(this.repository).prefix("main/dir with space/"))
            .contents()).extracting(object -> object.key()).containsExactly(key);
    }

    @Test
    @DisplayName("a User-Agent with s3RedirectionSupport gets a 307 to a presigned storage URL that serves the bytes")
    void redirect() {
        put("main/redirected.txt", TEXT);
        try (S3Client redirecting = s3Client((builder) -> builder.overrideConfiguration((config) -> config
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, "s3RedirectionSupport")))) {
            S3Exception redirect = s3Error(() -> redirecting.getObjectAsBytes((request) -> request
                .bucket(this.repository).key("main/redirected.txt")));
            assertThat(redirect.statusCode()).isEqualTo(307);
            String location = redirect.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Location")
                .orElseThrow();
            assertThat(send(HttpRequest.newBuilder(URI.create(location)).build()).body()).isEqualTo(TEXT);
        }
    }

    @Test
    @DisplayName("the 307 Location is built from the server's own address, not from the Host the client sent")
    void redirectIgnoresHost() {
        put("main/redirected.txt", TEXT);
        try (S3Client otherHost = s3Client((builder) -> builder
            .endpointOverride(URI.create("http://localhost:" + lakeFS.port()))
            .overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry())
                .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, "s3RedirectionSupport")))) {
            S3Exception redirect = s3Error(() -> otherHost.getObjectAsBytes((request) -> request
                .bucket(this.repository).key("main/redirected.txt")));
            assertThat(redirect.statusCode()).isEqualTo(307);
            assertThat(redirect.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Location").orElseThrow())
                .startsWith(lakeFS.url() + "/");
        }
    }

    @Test
    @DisplayName("an empty object can be put and read")
    void emptyObject() {
        this.s3.putObject((request) -> request.bucket(this.repository).key("main/empty"), RequestBody.empty());
        assertThat(this.s3.getObjectAsBytes((request) -> request.bucket(this.repository).key("main/empty"))
            .asByteArray()).isEmpty();
        assertThat(this.s3.headObject((request) -> request.bucket(this.repository).key("main/empty")).eTag())
            .isEqualTo("\"" + md5(new byte[0]) + "\"");
    }
}
