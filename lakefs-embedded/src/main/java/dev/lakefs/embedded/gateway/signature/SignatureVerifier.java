package dev.lakefs.embedded.gateway.signature;

import java.time.Clock;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Checks requests to the S3 gateway with the server's one key pair, as lakeFS's chained authenticators do.
 * <p>
 * CONTRACT STUB: the signatures are not checked yet; the body is passed through as sent.
 */
public final class SignatureVerifier {

    private final String accessKeyId;

    private final String secretAccessKey;

    private final Clock clock;

    /**
     * @param accessKeyId the server's access key id
     * @param secretAccessKey its secret
     * @param clock the time source for expiry and clock skew
     */
    public SignatureVerifier(String accessKeyId, String secretAccessKey, Clock clock) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.clock = clock;
    }

    /**
     * Whether a request carries an AWS signature and so goes to the gateway (lakeFS's {@code sig.IsAWSSignedRequest}):
     * an {@code Authorization} header starting {@code AWS4} or {@code AWS }, an {@code X-Amz-Signature} header, or a
     * query with {@code X-Amz-Credential} or {@code AWSAccessKeyId}.
     * @param headers the request headers
     * @param rawQuery the raw query, or null
     * @return whether it is signed
     */
    public static boolean isSigned(Headers headers, @Nullable String rawQuery) {
        String authorization = headers.getFirst("Authorization");
        if (authorization != null && (authorization.startsWith("AWS4") || authorization.startsWith("AWS "))) {
            return true;
        }
        if (headers.containsKey("X-Amz-Signature")) {
            return true;
        }
        if (rawQuery == null) {
            return false;
        }
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.split("=", 2)[0];
            if (name.equals("X-Amz-Credential") || name.equals("AWSAccessKeyId")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the signature and wraps the payload so that it is verified as it is read.
     * @param request the request
     * @return the verified request
     * @throws SignatureException with lakeFS's S3 error when the request is refused
     */
    public VerifiedRequest verify(SignedRequest request) throws SignatureException {
        String length = request.headers().getFirst("Content-Length");
        return new VerifiedRequest(this.accessKeyId, request.body(), (length != null) ? Long.parseLong(length) : -1);
    }
}
