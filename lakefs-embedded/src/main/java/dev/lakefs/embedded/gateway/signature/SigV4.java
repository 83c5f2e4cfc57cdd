package dev.lakefs.embedded.gateway.signature;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.sun.net.httpserver.Headers;

/**
 * Verifies a SigV4 request as lakeFS's {@code sig.V4Verify}: canonical request, string to sign, signature, clock skew
 * and presigned expiry, then the payload mode of {@code x-amz-content-sha256}.
 */
final class SigV4 {

    /** {@code v4StreamingPayloadHash}: aws-chunked with chunk signatures. */
    static final String STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

    /** {@code v4UnsignedPayloadTrailer}: aws-chunked without chunk signatures, with a trailing checksum. */
    static final String STREAMING_UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    /** {@code v4UnsignedPayload}, also what an absent {@code x-amz-content-sha256} means. */
    static final String UNSIGNED = "UNSIGNED-PAYLOAD";

    private final SignedRequest request;

    private final String path;

    private final QueryParameters query;

    private final SigV4Authorization authorization;

    /**
     * @param request the request
     * @param path its decoded path
     * @param query its decoded query
     * @param authorization its parsed signature
     */
    SigV4(SignedRequest request, String path, QueryParameters query, SigV4Authorization authorization) {
        this.request = request;
        this.path = path;
        this.query = query;
        this.authorization = authorization;
    }

    /**
     * @param secretAccessKey the key's secret
     * @param now the server's time
     * @return the request with its payload wrapped for verification
     * @throws SignatureException lakeFS's error for the first check that fails
     */
    VerifiedRequest verify(String secretAccessKey, Instant now) throws SignatureException {
        String amzDate = amzDate();
        String stringToSign = SigV4Authorization.ALGORITHM + "\n" + amzDate + "\n" + this.authorization.scope() + "\n"
                + Hashing.sha256Hex(canonicalRequest());
        byte[] signingKey = signingKey(secretAccessKey);
        String expected = Hashing.hex(Hashing.hmacSha256(signingKey, stringToSign));
        if (!Hashing.constantTimeEquals(Hashing.bytes(expected), Hashing.bytes(this.authorization.signature()))) {
            throw AuthError.SIGNATURE_DOES_NOT_MATCH.exception("SigV4 string to sign: " + stringToSign);
        }
        Instant requestTime = RequestTimes.parseAmzDate(amzDate);
        RequestTimes.checkSkew(now, requestTime);
        if (this.authorization.presigned()
                && now.isAfter(requestTime.plusSeconds(this.authorization.expiresSeconds()))) {
            throw AuthError.EXPIRED_PRESIGNED_REQUEST.exception("signed at " + requestTime + " for "
                    + this.authorization.expiresSeconds() + " seconds");
        }
        return payload(signingKey, amzDate);
    }

    /** The canonical request, as a byte string. */
    String canonicalRequest() {
        return this.request.method() + "\n" + Percent.encode(this.path, true, false) + "\n" + canonicalQuery() + "\n"
                + canonicalHeaders() + "\n" + this.authorization.signedHeadersText() + "\n" + payloadHash();
    }

    private String canonicalQuery() {
        List<String> names = new ArrayList<>(this.query.names());
        names.remove("X-Amz-Signature");
        names.sort(null);
        List<String> pairs = new ArrayList<>(names.size());
        for (String name : names) {
            // Only the first value of a repeated parameter is signed, as in lakeFS.
            pairs.add(Percent.encode(name, false, false) + "=" + Percent.encode(this.query.first(name), false, false));
        }
        return String.join("&", pairs);
    }

    private String canonicalHeaders() {
        StringBuilder canonical = new StringBuilder();
        Headers headers = this.request.headers();
        for (String name : this.authorization.signedHeaders()) {
            String value = RequestHeaders.firstOrEmpty(headers, name.equalsIgnoreCase("host") ? "Host" : name);
            canonical.append(name).append(':').append(trimAll(value)).append('\n');
        }
        return canonical.toString();
    }

    private String payloadHash() {
        String hash = RequestHeaders.firstOrEmpty(this.request.headers(), "x-amz-content-sha256");
        return hash.isEmpty() ? UNSIGNED : hash;
    }

    /** The request time: {@code X-Amz-Date} in the query, else the {@code x-amz-date} header, else {@code Date}. */
    private String amzDate() throws SignatureException {
        String amzDate = this.query.first("X-Amz-Date");
        if (amzDate.isEmpty()) {
            amzDate = RequestHeaders.firstOrEmpty(this.request.headers(), "x-amz-date");
        }
        if (amzDate.isEmpty()) {
            amzDate = RequestHeaders.firstOrEmpty(this.request.headers(), "date");
        }
        if (amzDate.isEmpty()) {
            throw AuthError.MISSING_DATE_HEADER.exception("no X-Amz-Date, x-amz-date or Date");
        }
        Instant time = RequestTimes.parseAmzDate(amzDate);
        if (time == null) {
            throw AuthError.MALFORMED_DATE.exception("the request time " + amzDate + " is not yyyyMMdd'T'HHmmss'Z'");
        }
        LocalDate credentialDate = RequestTimes.parseShortDate(this.authorization.date());
        if (credentialDate == null) {
            throw AuthError.MALFORMED_CREDENTIAL_DATE.exception("the credential date is " + this.authorization.date());
        }
        if (!credentialDate.equals(time.atOffset(ZoneOffset.UTC).toLocalDate())) {
            throw AuthError.INVALID_CREDENTIAL_DATE
                .exception("the credential date " + this.authorization.date() + " is not the day of " + amzDate);
        }
        return amzDate;
    }

    private byte[] signingKey(String secretAccessKey) {
        byte[] key = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
        key = Hashing.hmacSha256(key, this.authorization.date());
        key = Hashing.hmacSha256(key, this.authorization.region());
        key = Hashing.hmacSha256(key, this.authorization.service());
        return Hashing.hmacSha256(key, "aws4_request");
    }

    private VerifiedRequest payload(byte[] signingKey, String amzDate) throws SignatureException {
        String hash = payloadHash();
        InputStream body = this.request.body();
        String accessKeyId = this.authorization.accessKeyId();
        boolean signedChunks = hash.equalsIgnoreCase(STREAMING_SIGNED);
        if (signedChunks || hash.equalsIgnoreCase(STREAMING_UNSIGNED_TRAILER)) {
            TrailerChecksum trailer = null;
            if (!signedChunks) {
                String trailerName = RequestHeaders.firstOrEmpty(this.request.headers(), "X-Amz-Trailer");
                trailer = TrailerChecksum.named(trailerName);
                if (trailer == null) {
                    throw AuthError.ACCESS_DENIED.exception("unsupported checksum algorithm in x-amz-trailer: "
                            + trailerName);
                }
            }
            long decodedLength = decodedContentLength();
            ChunkSignatures signatures = new ChunkSignatures(signingKey, amzDate, this.authorization.scope(),
                    this.authorization.signature());
            return new VerifiedRequest(accessKeyId,
                    new AwsChunkedInputStream(body, signatures, signedChunks, trailer, decodedLength), decodedLength);
        }
        long contentLength = contentLength(this.request.headers());
        if (hash.equalsIgnoreCase(UNSIGNED)) {
            return new VerifiedRequest(accessKeyId, body, contentLength);
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(hash);
        }
        catch (IllegalArgumentException ex) {
            // Also where STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER ends up: lakeFS takes it for a hex hash.
            throw AuthError.ACCESS_DENIED.exception("x-amz-content-sha256 " + hash
                    + " is neither hex nor a payload mode lakeFS supports");
        }
        return new VerifiedRequest(accessKeyId, new DigestVerifyingInputStream(body, expected), contentLength);
    }

    private long decodedContentLength() throws SignatureException {
        String decoded = RequestHeaders.first(this.request.headers(), "X-Amz-Decoded-Content-Length");
        if (decoded == null) {
            return -1;
        }
        if (decoded.isEmpty()) {
            throw AuthError.MISSING_CONTENT_LENGTH.exception("x-amz-decoded-content-length is empty");
        }
        try {
            long length = Long.parseLong(decoded);
            if (length >= 0) {
                return length;
            }
        }
        catch (NumberFormatException ex) {
            // refused below
        }
        throw AuthError.ACCESS_DENIED.exception("x-amz-decoded-content-length is " + decoded);
    }

    /** {@code Content-Length}, or -1 when absent or not a length. */
    static long contentLength(Headers headers) {
        try {
            return Long.parseLong(RequestHeaders.firstOrEmpty(headers, "Content-Length"));
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    /** Trims and folds each run of whitespace to its first character, as lakeFS's {@code trimAll}. */
    private static String trimAll(String value) {
        String trimmed = RequestHeaders.trimSpace(value);
        StringBuilder folded = new StringBuilder(trimmed.length());
        boolean inSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean space = RequestHeaders.isSpace(c);
            if (!space || !inSpace) {
                folded.append(c);
            }
            inSpace = space;
        }
        return folded.toString();
    }
}
