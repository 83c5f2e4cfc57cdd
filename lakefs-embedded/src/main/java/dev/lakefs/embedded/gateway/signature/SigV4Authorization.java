package dev.lakefs.embedded.gateway.signature;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a SigV4 signature, from the {@code Authorization} header or a presigned query, parsed as lakeFS's
 * {@code sig.ParseV4AuthContext} parses them.
 *
 * @param accessKeyId the key from the credential scope
 * @param date the credential scope's date ({@code yyyyMMdd})
 * @param region the credential scope's region, used as sent
 * @param service the credential scope's service, used as sent
 * @param signedHeaders the signed header names, sorted
 * @param signedHeadersText the signed header names as sent
 * @param signature the signature as sent
 * @param expiresSeconds {@code X-Amz-Expires} of a presigned query, else 0
 * @param presigned whether it came from the query
 */
record SigV4Authorization(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
        String signedHeadersText, String signature, long expiresSeconds, boolean presigned) {

    /** {@code V4authHeaderPrefix}, also the only {@code X-Amz-Algorithm} accepted. */
    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    /** {@code AmzPresignMaxExpires}: 7 days. */
    static final long MAX_EXPIRES_SECONDS = 7 * 24 * 3600;

    // lakeFS's V4AuthHeaderRegexp and V4CredentialScopeRegexp, searched for anywhere in the value. UNIX_LINES makes
    // '.' refuse only '\n' as in Go; \s is spelled out because Java's includes \x0B and Go's does not.
    private static final String SCOPE = "(.{3,20})/(\\d{8})/([\\w\\-]+)/([\\w\\-]+)/aws4_request";

    private static final Pattern HEADER = Pattern.compile("AWS4-HMAC-SHA256 Credential=" + SCOPE
            + ",[\\t\\n\\f\\r ]*SignedHeaders=([\\w\\-;.#!$%&'*+^`|~]+),"
            + "[\\t\\n\\f\\r ]*Signature=([abcdef0123456789]{64})",
            Pattern.UNIX_LINES);

    private static final Pattern CREDENTIAL = Pattern.compile(SCOPE, Pattern.UNIX_LINES);

    private static final List<String> PRESIGNED_PARAMETERS = List.of("X-Amz-Credential", "X-Amz-Signature",
            "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires");

    /**
     * Reads the {@code Authorization} header when there is one, else the presigned query.
     * @param authorization the first {@code Authorization} header, or null
     * @param query the decoded query
     * @return the parts, or null when the request is not SigV4 (lakeFS then tries the next authenticator)
     * @throws SignatureException when the query is a malformed SigV4 presigned query
     */
    static @Nullable SigV4Authorization parse(@Nullable String authorization, QueryParameters query)
            throws SignatureException {
        if (authorization != null && !authorization.isEmpty()) {
            Matcher matcher = HEADER.matcher(authorization);
            if (!matcher.find()) {
                return null;
            }
            return new SigV4Authorization(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                    sorted(matcher.group(5)), matcher.group(5), matcher.group(6), 0, false);
        }
        if (!query.has("X-Amz-Algorithm")) {
            return null;
        }
        if (!query.first("X-Amz-Algorithm").equalsIgnoreCase(ALGORITHM)) {
            throw AuthError.INVALID_QUERY_SIGNATURE_ALGORITHM
                .exception("X-Amz-Algorithm is " + query.first("X-Amz-Algorithm"));
        }
        for (String parameter : PRESIGNED_PARAMETERS) {
            if (!query.has(parameter)) {
                throw AuthError.MISSING_FIELDS.exception("the presigned query has no " + parameter);
            }
        }
        String credential = query.first("X-Amz-Credential");
        if (credential.isEmpty()) {
            throw AuthError.MISSING_CREDENTIAL.exception("X-Amz-Credential is empty");
        }
        Matcher matcher = CREDENTIAL.matcher(credential);
        if (!matcher.find()) {
            throw AuthError.CREDENTIAL_MALFORMED.exception("X-Amz-Credential is " + credential);
        }
        String signedHeaders = query.first("X-Amz-SignedHeaders");
        return new SigV4Authorization(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                sorted(signedHeaders), signedHeaders, query.first("X-Amz-Signature"),
                expires(query.first("X-Amz-Expires")), true);
    }

    /** The credential scope: date, region, service and {@code aws4_request}. */
    String scope() {
        return this.date + "/" + this.region + "/" + this.service + "/aws4_request";
    }

    private static long expires(String text) throws SignatureException {
        long expires;
        try {
            expires = Long.parseLong(text);
        }
        catch (NumberFormatException ex) {
            throw AuthError.MALFORMED_EXPIRES.exception("X-Amz-Expires is " + text);
        }
        if (expires < 0) {
            throw AuthError.NEGATIVE_EXPIRES.exception("X-Amz-Expires is " + text);
        }
        if (expires > MAX_EXPIRES_SECONDS) {
            throw AuthError.MAXIMUM_EXPIRES.exception("X-Amz-Expires is " + text);
        }
        return expires;
    }

    private static List<String> sorted(String signedHeaders) {
        String[] names = signedHeaders.split(";", -1);
        Arrays.sort(names);
        return List.of(names);
    }
}
