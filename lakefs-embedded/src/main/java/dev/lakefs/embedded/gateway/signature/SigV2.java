package dev.lakefs.embedded.gateway.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/**
 * SigV2 in the {@code Authorization: AWS key:signature} header, as lakeFS's {@code V2SigAuthenticator}: HMAC-SHA1 of
 * the method, {@code Content-MD5}, {@code Content-Type}, {@code Date}, the {@code x-amz-*} headers, the path as sent
 * and the sub-resources of the query. lakeFS has no presigned SigV2 (a query with {@code AWSAccessKeyId} and
 * {@code Expires} is MissingFields), and it signs the path as sent, which is the bucket and key in path style.
 *
 * @param accessKeyId the key from the header
 * @param signature the decoded signature
 */
record SigV2(String accessKeyId, byte[] signature) implements HmacV2Signature {

    private static final Pattern HEADER = Pattern.compile("AWS (.{3,20}):([A-Za-z0-9+/=]+)", Pattern.UNIX_LINES);

    private static final List<String> STANDARD_HEADERS = List.of("content-md5", "content-type", "date");

    // lakeFS's interestingResources, sorted. It looks them up by the lower-cased query name, so the mixed-case ones
    // (partNumber, uploadId, versionId...) never match and are never signed: kept as is to sign what lakeFS signs.
    private static final List<String> SUB_RESOURCES = List.of("accelerate", "acl", "analytics", "copy-source", "cors",
            "defaultObjectAcl", "delete", "inventory", "lifecycle", "location", "logging", "metrics", "notification",
            "partNumber", "policy", "replication", "requestPayment", "response-cache-control",
            "response-content-disposition", "response-content-encoding", "response-content-language",
            "response-content-type", "response-expires", "restore", "select", "select-type", "storageClass",
            "tagging", "torrent", "uploadId", "uploads", "versionId", "versioning", "versions", "website");

    /**
     * @param authorization the first {@code Authorization} header, or null
     * @return the parts, or null when the header is not SigV2 (lakeFS then tries the next authenticator)
     */
    static @Nullable SigV2 parse(@Nullable String authorization) {
        if (authorization == null || authorization.isEmpty()) {
            return null;
        }
        Matcher matcher = HEADER.matcher(authorization);
        if (!matcher.find()) {
            return null;
        }
        byte[] signature = Base64Strict.decode(matcher.group(2));
        return (signature != null) ? new SigV2(matcher.group(1), signature) : null;
    }

    /**
     * @param request the request
     * @param query its decoded query
     * @param secretAccessKey the key's secret
     * @param now the server's time
     * @throws SignatureException MissingFields or MalformedDate for the date, the skew errors, SignatureDoesNotMatch
     */
    @Override
    public void verify(SignedRequest request, QueryParameters query, String secretAccessKey, Instant now)
            throws SignatureException {
        String date = RequestHeaders.firstOrEmpty(request.headers(), "X-Amz-Date");
        if (date.isEmpty()) {
            date = RequestHeaders.firstOrEmpty(request.headers(), "Date");
        }
        if (date.isEmpty()) {
            throw AuthError.MISSING_FIELDS.exception("a SigV2 request without X-Amz-Date or Date");
        }
        Instant requestTime = RequestTimes.parseSigV2Date(date);
        if (requestTime == null) {
            throw AuthError.MALFORMED_DATE.exception("the SigV2 date " + date + " is not RFC 1123 or ISO 8601");
        }
        RequestTimes.checkSkew(now, requestTime);
        String stringToSign = stringToSign(request, query);
        byte[] expected = Hashing.hmacSha1(secretAccessKey.getBytes(StandardCharsets.UTF_8), stringToSign);
        if (!Hashing.constantTimeEquals(expected, this.signature)) {
            throw AuthError.SIGNATURE_DOES_NOT_MATCH.exception("SigV2 string to sign: " + stringToSign);
        }
    }

    /** The string to sign, as a byte string. */
    static String stringToSign(SignedRequest request, QueryParameters query) {
        StringBuilder text = new StringBuilder(request.method().toUpperCase(Locale.ROOT)).append('\n');
        Headers headers = request.headers();
        for (String name : STANDARD_HEADERS) {
            text.append(joined(RequestHeaders.all(headers, name))).append('\n');
        }
        List<String> amzHeaders = new ArrayList<>();
        for (String name : headers.keySet()) {
            if (name.toLowerCase(Locale.ROOT).startsWith("x-amz-") && !headers.get(name).isEmpty()) {
                amzHeaders.add(name);
            }
        }
        // Go sorts by the canonical form (X-Amz-Meta-Foo), which is not always the lower-case order.
        amzHeaders.sort((a, b) -> goCanonicalKey(a).compareTo(goCanonicalKey(b)));
        for (String name : amzHeaders) {
            text.append(name.toLowerCase(Locale.ROOT)).append(':').append(joined(headers.get(name))).append('\n');
        }
        return text.append(Percent.bytes(request.rawPath())).append(subResources(query)).toString();
    }

    private static String subResources(QueryParameters query) {
        Map<String, List<String>> lowerCase = new HashMap<>();
        for (String name : query.names()) {
            lowerCase.put(name.toLowerCase(Locale.ROOT), query.all(name));
        }
        List<String> found = new ArrayList<>();
        for (String resource : SUB_RESOURCES) {
            List<String> values = lowerCase.get(resource);
            if (values != null) {
                String value = String.join(",", values);
                found.add(value.isEmpty() ? resource : resource + "=" + value);
            }
        }
        return found.isEmpty() ? "" : "?" + String.join("&", found);
    }

    private static String joined(List<String> values) {
        List<String> trimmed = new ArrayList<>(values.size());
        for (String value : values) {
            trimmed.add(RequestHeaders.trimSpace(value));
        }
        return String.join(",", trimmed);
    }

    /** Go's {@code textproto.CanonicalMIMEHeaderKey} for a token: upper case at the start and after '-'. */
    private static String goCanonicalKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            key.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return key.toString();
    }
}
