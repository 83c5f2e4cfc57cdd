package dev.lakefs.embedded.gateway.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * lakeFS's "JavaV2" query signature ({@code sig/javav2.go}), for a quirk of aws-sdk-java v1's
 * {@code QueryStringSigner}: {@code AWSAccessKeyId}, {@code Signature}, {@code SignatureMethod=HmacSHA256},
 * {@code SignatureVersion=2} and {@code Timestamp} in the query, signed with HMAC-SHA256 over {@code POST}, the Host,
 * the path and the sorted, re-encoded query, whatever the request's method.
 *
 * @param accessKeyId {@code AWSAccessKeyId}
 * @param signature the decoded {@code Signature}
 */
record JavaV2(String accessKeyId, byte[] signature) implements HmacV2Signature {

    /**
     * @param query the decoded query
     * @return the parts, or null when the query is not this signature (then no authenticator is left: MissingFields)
     */
    static @Nullable JavaV2 parse(QueryParameters query) {
        String accessKeyId = query.first("AWSAccessKeyId");
        String signature = query.first("Signature");
        if (accessKeyId.isEmpty() || signature.isEmpty()) {
            return null;
        }
        byte[] decoded = Base64Strict.decode(signature);
        if (decoded == null || !query.first("SignatureMethod").equals("HmacSHA256")
                || !query.first("SignatureVersion").equals("2")) {
            return null;
        }
        return new JavaV2(accessKeyId, decoded);
    }

    /**
     * @param request the request
     * @param query its decoded query
     * @param secretAccessKey the key's secret
     * @param now the server's time
     * @throws SignatureException MissingFields or MalformedDate for {@code Timestamp}, the skew errors,
     * SignatureDoesNotMatch
     */
    @Override
    public void verify(SignedRequest request, QueryParameters query, String secretAccessKey, Instant now)
            throws SignatureException {
        String timestamp = query.first("Timestamp");
        if (timestamp.isEmpty()) {
            throw AuthError.MISSING_FIELDS.exception("a JavaV2 query signature without Timestamp");
        }
        Instant requestTime = RequestTimes.parseJavaV2Timestamp(timestamp);
        if (requestTime == null) {
            throw AuthError.MALFORMED_DATE.exception("the Timestamp " + timestamp + " is not yyyy-MM-ddTHH:mm:ssZ");
        }
        RequestTimes.checkSkew(now, requestTime);
        String stringToSign = "POST\n" + RequestHeaders.firstOrEmpty(request.headers(), "Host") + "\n"
                + Percent.bytes(request.rawPath()) + "\n" + canonicalQuery(query);
        byte[] expected = Hashing.hmacSha256(secretAccessKey.getBytes(StandardCharsets.UTF_8), stringToSign);
        if (!Hashing.constantTimeEquals(expected, this.signature)) {
            throw AuthError.SIGNATURE_DOES_NOT_MATCH.exception("JavaV2 string to sign: " + stringToSign);
        }
    }

    private static String canonicalQuery(QueryParameters query) {
        List<String[]> pairs = new ArrayList<>();
        for (String name : query.names()) {
            if (name.equalsIgnoreCase("signature")) {
                continue;
            }
            for (String value : query.all(name)) {
                pairs.add(new String[] { Percent.encode(name, false, true), Percent.encode(value, false, true) });
            }
        }
        pairs.sort(Comparator.comparing((String[] pair) -> pair[0]));
        List<String> joined = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) {
            joined.add(pair[0] + "=" + pair[1]);
        }
        return String.join("&", joined);
    }
}
