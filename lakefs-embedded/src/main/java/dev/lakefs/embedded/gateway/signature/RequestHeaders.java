package dev.lakefs.embedded.gateway.signature;

import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/** Header look-ups that never throw on a hostile name, as Go's {@code getInsensitiveHeader}. */
final class RequestHeaders {

    private RequestHeaders() {
    }

    /** The first value of the header, compared case-insensitively, or null. */
    static @Nullable String first(Headers headers, String name) {
        List<String> values = all(headers, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first value of the header, or "" when absent. */
    static String firstOrEmpty(Headers headers, String name) {
        String value = first(headers, name);
        return (value != null) ? value : "";
    }

    /** All values of the header, compared case-insensitively. */
    static List<String> all(Headers headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue();
            }
        }
        return List.of();
    }

    /** Trims ASCII whitespace, as Go's {@code strings.TrimSpace} does for ASCII. */
    static String trimSpace(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** Go's ASCII white space: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
