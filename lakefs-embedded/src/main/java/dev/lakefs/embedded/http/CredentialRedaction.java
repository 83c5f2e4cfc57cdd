package dev.lakefs.embedded.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Removes secrets from what the server records about a request, so that recorded requests can be printed in test
 * failures and CI logs. Headers stay present with a redacted value (a test can still assert that one was sent and
 * with which scheme); presigned query signatures are replaced.
 */
final class CredentialRedaction {

    /** What replaces a secret. */
    static final String REDACTED = "[REDACTED]";

    /** Headers whose whole value is a secret. */
    private static final Set<String> SECRET_HEADERS = Set.of("cookie", "x-amz-security-token", "x-amz-signature",
            "x-lakefs-security-token");

    /** AWS signature v4: only the signature is secret; the credential scope helps debugging. */
    private static final Pattern AWS4_SIGNATURE = Pattern.compile("(?i)(Signature=)[^,\\s]*");

    /** Query parameters of presigned URLs (ours, SigV4, SigV2) that grant access. */
    private static final Pattern QUERY_SECRET = Pattern
        .compile("(?i)(^|&)(signature|x-amz-signature|x-amz-security-token)=[^&]*");

    private CredentialRedaction() {
    }

    /** A copy of the headers with lower-cased names and every credential redacted. */
    static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lowerCased = name.toLowerCase(Locale.ROOT);
            copy.put(lowerCased, values.stream().map((value) -> value(lowerCased, value)).toList());
        });
        return copy;
    }

    /** The raw query with the values of signature parameters redacted; null stays null. */
    static @Nullable String query(@Nullable String rawQuery) {
        return (rawQuery != null) ? QUERY_SECRET.matcher(rawQuery).replaceAll("$1$2=" + REDACTED) : null;
    }

    private static String value(String name, String value) {
        if (SECRET_HEADERS.contains(name)) {
            return REDACTED;
        }
        if (!name.equals("authorization")) {
            return value;
        }
        String trimmed = value.strip();
        int space = trimmed.indexOf(' ');
        String scheme = (space < 0) ? trimmed : trimmed.substring(0, space);
        if (scheme.regionMatches(true, 0, "AWS4-", 0, 5)) {
            return AWS4_SIGNATURE.matcher(trimmed).replaceAll("$1" + REDACTED);
        }
        if (scheme.equalsIgnoreCase("AWS")) {
            // SigV2: "AWS <access key id>:<signature>"
            int colon = trimmed.lastIndexOf(':');
            return (colon > space) ? trimmed.substring(0, colon + 1) + REDACTED : scheme + " " + REDACTED;
        }
        return (space < 0) ? REDACTED : scheme + " " + REDACTED;
    }
}
