package dev.lakefs.embedded.gateway.signature;

import java.time.Clock;
import java.time.Instant;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Checks requests to the S3 gateway with the server's one key pair, as lakeFS's chained authenticators do
 * ({@code pkg/gateway/middleware.go} {@code AuthenticationHandler}, {@code pkg/gateway/sig}): SigV4 (header, then
 * presigned query), then SigV2 (header), then lakeFS's "JavaV2" query signature. A request none of them recognises is
 * MissingFields; an access key other than the server's is AccessDenied, checked before the signature.
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
     * an {@code Authorization} header starting {@code AWS4} or {@code AWS }, a non-empty {@code X-Amz-Signature}
     * header, or a query with a non-empty {@code X-Amz-Credential} or {@code AWSAccessKeyId}.
     * @param headers the request headers
     * @param rawQuery the raw query, or null
     * @return whether it is signed
     */
    public static boolean isSigned(Headers headers, @Nullable String rawQuery) {
        String authorization = RequestHeaders.firstOrEmpty(headers, "Authorization");
        if (authorization.startsWith("AWS4") || authorization.startsWith("AWS ")
                || !RequestHeaders.firstOrEmpty(headers, "X-Amz-Signature").isEmpty()) {
            return true;
        }
        QueryParameters query = QueryParameters.parse(rawQuery);
        return !query.first("AWSAccessKeyId").isEmpty() || !query.first("X-Amz-Credential").isEmpty();
    }

    /**
     * Checks the signature and wraps the payload so that it is verified as it is read.
     * <p>
     * Reading the payload throws SignatureDoesNotMatch (403) when a chunk signature or the signed hex SHA-256 does not
     * match, as lakeFS's readers do, and InternalError (500) for malformed aws-chunked framing or a trailing checksum
     * that does not match: lakeFS's readers return plain errors there, which its PutObject and UploadPart answer with
     * InternalError. (lakeFS's PutObject answers InternalError for the first kind too, whatever its reader says.)
     * @param request the request
     * @return the verified request
     * @throws SignatureException with lakeFS's S3 error when the request is refused
     */
    public VerifiedRequest verify(SignedRequest request) throws SignatureException {
        // Go's HTTP server refuses a path with a bad escape before lakeFS sees it.
        String path = Percent.decode(request.rawPath(), false);
        if (path == null) {
            throw AuthError.BAD_REQUEST.exception("the path " + request.rawPath() + " has a malformed escape");
        }
        QueryParameters query = QueryParameters.parse(request.rawQuery());
        String authorization = RequestHeaders.first(request.headers(), "Authorization");
        Instant now = this.clock.instant();
        SigV4Authorization v4 = SigV4Authorization.parse(authorization, query);
        if (v4 != null) {
            checkAccessKey(v4.accessKeyId());
            return new SigV4(request, path, query, v4).verify(this.secretAccessKey, now);
        }
        // lakeFS checks no payload for the SigV2 family: the body is passed through.
        HmacV2Signature v2 = SigV2.parse(authorization);
        if (v2 == null) {
            v2 = JavaV2.parse(query);
        }
        if (v2 != null) {
            checkAccessKey(v2.accessKeyId());
            v2.verify(request, query, this.secretAccessKey, now);
            return new VerifiedRequest(v2.accessKeyId(), request.body(), SigV4.contentLength(request.headers()));
        }
        throw AuthError.MISSING_FIELDS.exception("no AWS signature lakeFS knows in the request");
    }

    private void checkAccessKey(String accessKeyId) throws SignatureException {
        if (!this.accessKeyId.equals(accessKeyId)) {
            throw AuthError.ACCESS_DENIED.exception("unknown access key " + accessKeyId);
        }
    }
}
