package dev.lakefs.spring;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * User metadata as lakeFS stores it whichever path an upload takes. A direct upload carries it in
 * {@code X-Lakefs-Meta-<key>} headers, and lakeFS lower-cases the keys it reads from them; a presigned upload carries
 * it in {@code linkPhysicalAddress}'s JSON, stored as given. Lower-casing keys before either path, and accepting only
 * what a header carries intact, gives the same stored metadata on both.
 */
final class UserMetadataKeys {

    /** The characters of an HTTP header name besides letters and digits (RFC 9110 {@code tchar}). */
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private UserMetadataKeys() {
    }

    /**
     * The metadata with lower-cased keys.
     * @throws IllegalArgumentException naming the entry when a key is empty or no header-name token, a value is
     * not printable ASCII or starts or ends with white space, or two keys differ only in case
     */
    static Map<String, String> normalize(Map<String, String> metadata) {
        Map<String, String> normalized = new LinkedHashMap<>();
        Map<String, String> originalKeys = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            checkKey(key);
            checkValue(key, value);
            String lower = key.toLowerCase(Locale.ROOT);
            String other = originalKeys.putIfAbsent(lower, key);
            if (other != null) {
                throw new IllegalArgumentException("User metadata keys '" + other + "' and '" + key
                        + "' differ only in case: lakeFS stores keys lower-cased, so one would be lost");
            }
            normalized.put(lower, value);
        });
        return normalized;
    }

    private static void checkKey(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("A user metadata key must not be empty");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_SYMBOLS.indexOf(c) >= 0;
            if (!token) {
                throw new IllegalArgumentException("User metadata key '" + key + "' has the character '" + c
                        + "', which an HTTP header name cannot carry (lakeFS takes metadata in headers on direct "
                        + "uploads); use letters, digits and " + TOKEN_SYMBOLS);
            }
        }
    }

    private static void checkValue(String key, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("The value of user metadata key '" + key
                        + "' has a character outside printable ASCII (U+" + String.format("%04X", (int) c)
                        + "), which an HTTP header does not carry intact (lakeFS takes metadata in headers on direct "
                        + "uploads); encode it, e.g. as RFC 2047 or percent-encoding");
            }
        }
        if (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ')) {
            throw new IllegalArgumentException("The value of user metadata key '" + key
                    + "' starts or ends with a space, which HTTP drops from header values");
        }
    }
}
