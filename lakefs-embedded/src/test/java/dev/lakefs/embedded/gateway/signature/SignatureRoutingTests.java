package dev.lakefs.embedded.gateway.signature;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;

import static dev.lakefs.embedded.gateway.signature.SigV4HeaderTests.assertRefused;
import static dev.lakefs.embedded.gateway.signature.SigV4HeaderTests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** Which requests count as signed, and what lakeFS answers those its authenticators cannot place. */
class SignatureRoutingTests {

    @Test
    @DisplayName("isSigned: Authorization AWS4…/AWS …, an X-Amz-Signature header, X-Amz-Credential or AWSAccessKeyId")
    void isSigned() {
        assertThat(SignatureVerifier.isSigned(headers("Authorization", "AWS4-HMAC-SHA256 Credential=x"), null))
            .isTrue();
        assertThat(SignatureVerifier.isSigned(headers("Authorization", "AWS key:c2ln"), null)).isTrue();
        assertThat(SignatureVerifier.isSigned(headers("X-Amz-Signature", "abc"), null)).isTrue();
        assertThat(SignatureVerifier.isSigned(headers(), "a=1&X-Amz-Credential=k%2F20261201")).isTrue();
        assertThat(SignatureVerifier.isSigned(headers(), "AWSAccessKeyId=k&Signature=s")).isTrue();
        assertThat(SignatureVerifier.isSigned(headers("Authorization", "Basic dXNlcjpwYXNz"), "x=1")).isFalse();
        assertThat(SignatureVerifier.isSigned(headers(), null)).isFalse();
        assertThat(SignatureVerifier.isSigned(headers("X-Amz-Signature", ""), "AWSAccessKeyId=&X-Amz-Credential"))
            .isFalse();
    }

    @Test
    @DisplayName("signed only by an X-Amz-Signature header, which no lakeFS authenticator reads: MissingFields 400")
    void signatureHeaderOnly() {
        assertRefused(() -> SdkSigning.verifier().verify(new SignedRequest("GET", "/repo/main/x", null,
                headers("X-Amz-Signature", "abc"), new ByteArrayInputStream(new byte[0]))), "MissingFields", 400);
    }

    @Test
    @DisplayName("a path with a malformed escape, which Go's server refuses before lakeFS: BadRequest 400")
    void malformedPath() {
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.GET,
                "http://localhost:8000/repo/main/file.txt", new byte[0]).build(), new byte[0], (builder) -> { });
        assertRefused(() -> SdkSigning.verifier().verify(new SignedRequest("GET", "/repo/main/%zz", null,
                request.headers(), request.body())), "BadRequest", 400);
    }

    @Test
    @DisplayName("a presigned URL dated more than 15 minutes ahead: AccessDenied 'Request is not valid yet' 403")
    void presignedFromTheFuture() {
        SignedRequest request = SigV4PresignedTests.presigned("https://localhost:8443/repo/main/file.txt",
                Duration.ofHours(1));
        SignatureException refused = refusal(
                () -> SdkSigning.verifierAt(SdkSigning.NOW.minus(Duration.ofMinutes(16))).verify(request));
        assertThat(refused.code()).isEqualTo("AccessDenied");
        assertThat(refused.getMessage()).isEqualTo("Request is not valid yet");
    }

    private static Headers headers(String... pairs) {
        Headers headers = new Headers();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.add(pairs[i], pairs[i + 1]);
        }
        return headers;
    }
}
