package dev.lakefs.embedded.gateway.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

import static dev.lakefs.embedded.gateway.signature.SigV4HeaderTests.assertRefused;
import static dev.lakefs.embedded.gateway.signature.SigV4HeaderTests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** Presigned SigV4 queries (X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders, -Signature). */
class SigV4PresignedTests {

    private static final byte[] NO_BODY = new byte[0];

    @Test
    @DisplayName("a URL presigned by the SDK is accepted until it expires")
    void presignedAccepted() throws IOException {
        SignedRequest request = presigned("https://localhost:8443/repo/main/dir/a%20b.txt?versionId=x%2By",
                Duration.ofMinutes(10));
        assertThat(request.rawQuery()).contains("X-Amz-Signature=").contains("X-Amz-Expires=600");
        assertThat(request.headers().containsKey("Authorization")).isFalse();
        assertThat(SignatureVerifier.isSigned(request.headers(), request.rawQuery())).isTrue();
        VerifiedRequest verified = SdkSigning.verifierAt(SdkSigning.NOW.plus(Duration.ofMinutes(10))).verify(request);
        assertThat(verified.accessKeyId()).isEqualTo(SdkSigning.ACCESS_KEY_ID);
    }

    @Test
    @DisplayName("a GetObject URL from the SDK's S3Presigner for a plain-HTTP endpoint is accepted")
    void s3PresignerUrl() throws IOException, URISyntaxException {
        PresignedGetObjectRequest presigned;
        try (S3Presigner presigner = S3Presigner.builder()
            .endpointOverride(URI.create("http://localhost:8000"))
            .region(Region.US_EAST_1)
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .credentialsProvider(StaticCredentialsProvider
                .create(AwsBasicCredentials.create(SdkSigning.ACCESS_KEY_ID, SdkSigning.SECRET_ACCESS_KEY)))
            .build()) {
            presigned = presigner.presignGetObject((request) -> request.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest((get) -> get.bucket("repo").key("main/dir/é t+1.txt")));
        }
        URI url = presigned.url().toURI();
        Headers headers = new Headers();
        headers.add("Host", "localhost:8000");
        // The presigner signs with the system clock, so the verifier uses it too.
        SignatureVerifier verifier = new SignatureVerifier(SdkSigning.ACCESS_KEY_ID, SdkSigning.SECRET_ACCESS_KEY,
                Clock.systemUTC());
        VerifiedRequest verified = verifier.verify(new SignedRequest("GET", url.getRawPath(), url.getRawQuery(),
                headers, new ByteArrayInputStream(NO_BODY)));
        assertThat(verified.accessKeyId()).isEqualTo(SdkSigning.ACCESS_KEY_ID);
        assertRefused(() -> verifier.verify(new SignedRequest("GET", url.getRawPath().replace("dir", "dir2"),
                url.getRawQuery(), headers, new ByteArrayInputStream(NO_BODY))), "SignatureDoesNotMatch", 403);
    }

    @Test
    @DisplayName("past X-Amz-Expires: AccessDenied 'Request has expired' 403")
    void expired() {
        SignedRequest request = presigned("https://localhost:8443/repo/main/file.txt", Duration.ofMinutes(1));
        SignatureException refused = refusal(() -> SdkSigning
            .verifierAt(SdkSigning.NOW.plus(Duration.ofMinutes(1)).plusSeconds(1)).verify(request));
        assertThat(refused.code()).isEqualTo("AccessDenied");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.getMessage()).isEqualTo("Request has expired");
    }

    @Test
    @DisplayName("lakeFS also applies the 15-minute skew to presigned URLs: an hour-long URL is too skewed after 15")
    void skewBeforeExpiry() {
        SignedRequest request = presigned("https://localhost:8443/repo/main/file.txt", Duration.ofHours(1));
        assertRefused(() -> SdkSigning.verifierAt(SdkSigning.NOW.plus(Duration.ofMinutes(16))).verify(request),
                "RequestTimeTooSkewed", 403);
    }

    @Test
    @DisplayName("a changed parameter, signature or secret: SignatureDoesNotMatch 403; another key: AccessDenied 403")
    void tampered() {
        SignedRequest request = presigned("https://localhost:8443/repo/main/file.txt?partNumber=1",
                Duration.ofHours(1));
        SignatureVerifier verifier = SdkSigning.verifier();
        assertRefused(() -> verifier.verify(withQuery(request, "partNumber", "2")), "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(withQuery(request, "X-Amz-Expires", "3599")), "SignatureDoesNotMatch",
                403);
        assertRefused(() -> verifier.verify(withQuery(request, "X-Amz-Signature", "0".repeat(64))),
                "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(new SignedRequest("PUT", request.rawPath(), request.rawQuery(),
                request.headers(), request.body())), "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(new SignedRequest("GET", request.rawPath(),
                request.rawQuery() + "&uploads=", request.headers(), request.body())), "SignatureDoesNotMatch", 403);
        assertRefused(() -> new SignatureVerifier("AKIAOTHERKEY", SdkSigning.SECRET_ACCESS_KEY,
                java.time.Clock.fixed(SdkSigning.NOW, ZoneOffset.UTC)).verify(request), "AccessDenied", 403);
    }

    @Test
    @DisplayName("malformed presigned parameters get lakeFS's AuthorizationQueryParametersError, InvalidRequest or "
            + "MissingFields 400, before the key or signature is looked at")
    void malformedParameters() {
        SignedRequest request = presigned("https://localhost:8443/repo/main/file.txt", Duration.ofHours(1));
        SignatureVerifier verifier = SdkSigning.verifier();
        assertThat(refusal(() -> verifier.verify(withQuery(request, "X-Amz-Expires", "604801"))).getMessage())
            .isEqualTo("X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must "
                    + "be less than 604800 seconds");
        assertRefused(() -> verifier.verify(withQuery(request, "X-Amz-Expires", "604801")),
                "AuthorizationQueryParametersError", 400);
        assertThat(refusal(() -> verifier.verify(withQuery(request, "X-Amz-Expires", "-1"))).getMessage())
            .isEqualTo("X-Amz-Expires must be non-negative");
        assertThat(refusal(() -> verifier.verify(withQuery(request, "X-Amz-Expires", "soon"))).getMessage())
            .isEqualTo("X-Amz-Expires should be a number");
        SignatureException algorithm = refusal(
                () -> verifier.verify(withQuery(request, "X-Amz-Algorithm", "AWS4-ECDSA-P256-SHA256")));
        assertThat(algorithm.code()).isEqualTo("AuthorizationQueryParametersError");
        assertThat(algorithm.getMessage()).isEqualTo("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\".");
        assertRefused(() -> verifier.verify(withQuery(request, "X-Amz-Credential", "")), "InvalidRequest", 400);
        assertRefused(() -> verifier.verify(withQuery(request, "X-Amz-Credential", "AKIA/2026/x")),
                "AuthorizationQueryParametersError", 400);
        assertRefused(() -> verifier.verify(withQuery(request, "X-Amz-SignedHeaders", null)), "MissingFields", 400);
        assertRefused(() -> verifier.verify(withQuery(request, "X-Amz-Date", "2026-12-01T22:00:00Z")),
                "MalformedDate", 400);
    }

    /**
     * Presigned by the SDK's generic signer. Over HTTPS, as that signer signs the payload's hash over plain HTTP
     * while lakeFS (and S3) take UNSIGNED-PAYLOAD for presigned URLs; S3Presigner gets this right for HTTP too.
     */
    static SignedRequest presigned(String uri, Duration expiry) {
        return SdkSigning.sign(SdkSigning.request(SdkHttpMethod.GET, uri, NO_BODY).build(), NO_BODY,
                (builder) -> builder.putProperty(AwsV4HttpSigner.AUTH_LOCATION,
                        AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expiry)
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
    }

    /** The request with one query parameter's value replaced, or the parameter removed when the value is null. */
    static SignedRequest withQuery(SignedRequest request, String name, @Nullable String value) {
        StringBuilder query = new StringBuilder();
        for (String pair : request.rawQuery().split("&")) {
            boolean match = pair.startsWith(name + "=") || pair.equals(name);
            if (match && value == null) {
                continue;
            }
            query.append((query.length() > 0) ? "&" : "").append(match ? name + "=" + value : pair);
        }
        return new SignedRequest(request.method(), request.rawPath(), query.toString(), request.headers(),
                request.body());
    }
}
