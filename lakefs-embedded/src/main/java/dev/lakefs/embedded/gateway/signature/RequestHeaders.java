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
}
