package dev.lakefs.embedded.gateway.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** SigV4 in the Authorization header, with unsigned and hex SHA-256 payloads (lakeFS's sig/v4.go). */
class SigV4HeaderTests {

    private static final byte[] NO_BODY = new byte[0];

    @Test
    @DisplayName("AWS's published GET Object example (SigV4 documentation) is accepted with its secret")
    void awsDocumentationGetObjectExample() throws IOException {
        SignatureVerifier verifier = new SignatureVerifier("AKIAIOSFODNN7EXAMPLE",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                Clock.fixed(Instant.parse("2013-05-24T00:00:00Z"), ZoneOffset.UTC));
        VerifiedRequest verified = verifier.verify(awsGetObjectExample(
                "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
        assertThat(verified.accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
        assertThat(verified.payload().readAllBytes()).isEmpty();

        assertRefused(() -> verifier.verify(awsGetObjectExample(
                "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb42")), "SignatureDoesNotMatch", 403);
    }

    @Test
    @DisplayName("requests signed by the AWS SDK's AwsV4HttpSigner are accepted, any region, encoded path and query")
    void sdkSignedGet() throws IOException {
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.GET,
                "http://localhost:8000/repo/main/dir/%C3%A9t%C3%A9%20file%2B1.txt"
                        + "?list-type=2&prefix=a%20b%2Fc&delimiter=%2F&max-keys=10&empty=",
                NO_BODY).putHeader("Range", "bytes=0-9").putHeader("X-Amz-Meta-Note", "  two   spaces ").build(),
                NO_BODY, (builder) -> { });
        VerifiedRequest verified = SdkSigning.verifier().verify(request);
        assertThat(verified.accessKeyId()).isEqualTo(SdkSigning.ACCESS_KEY_ID);
        assertThat(request.headers().getFirst("Authorization")).contains("/eu-west-3/s3/aws4_request");
    }

    @Test
    @DisplayName("a wrong secret, a changed query, path, method or signed header: SignatureDoesNotMatch 403")
    void tampering() {
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.GET,
                "http://localhost:8000/repo/main/file.txt?versionId=1", NO_BODY).putHeader("Range", "bytes=0-9")
            .build(), NO_BODY, (builder) -> { });
        SignatureVerifier verifier = SdkSigning.verifier();
        assertRefused(() -> verifier.verify(SdkSigning.sign(SdkSigning.request(SdkHttpMethod.GET,
                "http://localhost:8000/repo/main/file.txt", NO_BODY).build(), NO_BODY, "wrong-secret",
                (builder) -> { })), "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(new SignedRequest("GET", request.rawPath(), "versionId=2",
                request.headers(), request.body())), "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(new SignedRequest("GET", "/repo/main/other.txt", request.rawQuery(),
                request.headers(), request.body())), "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(new SignedRequest("DELETE", request.rawPath(), request.rawQuery(),
                request.headers(), request.body())), "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(SdkSigning.withHeader(request, "Range", "bytes=0-99")),
                "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(SdkSigning.withHeader(request, "Host", "elsewhere:8000")),
                "SignatureDoesNotMatch", 403);
    }

    @Test
    @DisplayName("an access key other than the server's: AccessDenied 403, as lakeFS (not InvalidAccessKeyId)")
    void unknownAccessKey() {
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.GET,
                "http://localhost:8000/repo/main/file.txt", NO_BODY).build(), NO_BODY, (builder) -> { });
        SignatureVerifier other = new SignatureVerifier("AKIAOTHERKEY", SdkSigning.SECRET_ACCESS_KEY,
                Clock.fixed(SdkSigning.NOW, ZoneOffset.UTC));
        SignatureException refused = refusal(() -> other.verify(request));
        assertThat(refused.code()).isEqualTo("AccessDenied");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.getMessage()).isEqualTo("Access Denied.");
    }

    @Test
    @DisplayName("more than 15 minutes old: RequestTimeTooSkewed 403; ahead: AccessDenied 'Request is not valid yet'")
    void clockSkew() throws IOException {
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.GET,
                "http://localhost:8000/repo/main/file.txt", NO_BODY).build(), NO_BODY, (builder) -> { });
        SdkSigning.verifierAt(SdkSigning.NOW.plus(Duration.ofMinutes(15))).verify(request);
        SdkSigning.verifierAt(SdkSigning.NOW.minus(Duration.ofMinutes(15))).verify(request);
        SignatureException old = refusal(
                () -> SdkSigning.verifierAt(SdkSigning.NOW.plus(Duration.ofMinutes(15).plusSeconds(1)))
                    .verify(request));
        assertThat(old.code()).isEqualTo("RequestTimeTooSkewed");
        assertThat(old.status()).isEqualTo(403);
        assertThat(old.getMessage())
            .isEqualTo("The difference between the request time and the server's time is too large.");
        SignatureException early = refusal(() -> SdkSigning
            .verifierAt(SdkSigning.NOW.minus(Duration.ofMinutes(15).plusSeconds(1))).verify(request));
        assertThat(early.code()).isEqualTo("AccessDenied");
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.getMessage()).isEqualTo("Request is not valid yet");
    }

    @Test
    @DisplayName("a signed hex SHA-256 payload is passed through and checked at its end")
    void hexPayload() throws IOException {
        byte[] body = "hello, lakeFS".getBytes(StandardCharsets.UTF_8);
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.PUT,
                "http://localhost:8000/repo/main/hello.txt", body).build(), body,
                (builder) -> builder.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true));
        assertThat(request.headers().getFirst("x-amz-content-sha256")).hasSize(64);
        VerifiedRequest verified = SdkSigning.verifier().verify(request);
        assertThat(verified.payload().readAllBytes()).isEqualTo(body);
        assertThat(verified.decodedContentLength()).isEqualTo(body.length);

        byte[] corrupt = body.clone();
        corrupt[0] = 'j';
        VerifiedRequest tampered = SdkSigning.verifier().verify(SdkSigning.withBody(request, corrupt));
        byte[] start = tampered.payload().readNBytes(body.length);
        assertThat(start).isEqualTo(corrupt);
        SignatureException refused = refusal(() -> tampered.payload().read());
        assertThat(refused.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(refused.status()).isEqualTo(403);
        assertRefused(() -> tampered.payload().read(), "SignatureDoesNotMatch", 403);
    }

    @Test
    @DisplayName("UNSIGNED-PAYLOAD and an absent x-amz-content-sha256 pass the body through unchecked")
    void unsignedPayload() throws IOException {
        byte[] body = "anything".getBytes(StandardCharsets.UTF_8);
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.PUT,
                "https://localhost:8443/repo/main/any.txt", body).build(), body,
                (builder) -> builder.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
        assertThat(request.headers().getFirst("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD");
        byte[] other = "something else".getBytes(StandardCharsets.UTF_8);
        assertThat(SdkSigning.verifier().verify(SdkSigning.withBody(request, other)).payload().readAllBytes())
            .isEqualTo(other);
    }

    @Test
    @DisplayName("an Authorization header lakeFS does not recognise (SigV4a, garbled): MissingFields 400")
    void unrecognisedAuthorization() {
        for (String authorization : new String[] {
                "AWS4-ECDSA-P256-SHA256 Credential=AKIAJAVAEMBEDDED/20261201/s3/aws4_request, "
                        + "SignedHeaders=host;x-amz-date;x-amz-region-set, Signature=3045022100ab",
                "AWS4-HMAC-SHA256 Credential=AKIAJAVAEMBEDDED/20261201/us-east-1/s3/aws4_request, Signature=abc" }) {
            Headers headers = new Headers();
            headers.add("Authorization", authorization);
            headers.add("x-amz-date", "20261201T220000Z");
            SignatureException refused = refusal(() -> SdkSigning.verifier().verify(
                    new SignedRequest("GET", "/repo/main/x", null, headers, new ByteArrayInputStream(NO_BODY))));
            assertThat(refused.code()).isEqualTo("MissingFields");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.getMessage()).isEqualTo("Missing fields in request.");
        }
    }

    @Test
    @DisplayName("date errors come before the signature check, with lakeFS's codes")
    void dateErrors() {
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.GET,
                "http://localhost:8000/repo/main/file.txt", NO_BODY).build(), NO_BODY, (builder) -> { });
        Headers noDate = new Headers();
        noDate.putAll(request.headers());
        noDate.remove("X-Amz-Date");
        assertRefused(() -> SdkSigning.verifier().verify(new SignedRequest("GET", request.rawPath(), null, noDate,
                request.body())), "AccessDenied", 400);
        assertRefused(() -> SdkSigning.verifier().verify(SdkSigning.withHeader(request, "X-Amz-Date",
                "Tue, 01 Dec 2026 22:00:00 GMT")), "MalformedDate", 400);
        assertRefused(() -> SdkSigning.verifier().verify(SdkSigning.withHeader(request, "X-Amz-Date",
                "20261202T220000Z")), "AuthorizationHeaderMalformed", 400);
    }

    private static SignedRequest awsGetObjectExample(String signature) {
        Headers headers = new Headers();
        headers.add("Host", "examplebucket.s3.amazonaws.com");
        headers.add("Range", "bytes=0-9");
        headers.add("x-amz-content-sha256", Hashing.EMPTY_SHA256);
        headers.add("x-amz-date", "20130524T000000Z");
        headers.add("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                + "aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=" + signature);
        return new SignedRequest("GET", "/test.txt", null, headers, new ByteArrayInputStream(NO_BODY));
    }

    static void assertRefused(Refused call, String code, int status) {
        SignatureException refused = refusal(call);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.status()).isEqualTo(status);
    }

    static SignatureException refusal(Refused call) {
        return assertThatExceptionOfType(SignatureException.class).isThrownBy(call::run).actual();
    }

    /** A call that is expected to throw. */
    @FunctionalInterface
    interface Refused {

        void run() throws Exception;
    }
}
