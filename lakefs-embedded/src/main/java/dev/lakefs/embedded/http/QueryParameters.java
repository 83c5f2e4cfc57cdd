package dev.lakefs.embedded.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The decoded query parameters of a request; a name may repeat (array parameters such as {@code objects}). */
public final class QueryParameters {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Parses a raw (still encoded) query string. */
    public static QueryParameters parse(@Nullable String rawQuery) {
        QueryParameters parameters = new QueryParameters();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = UriCodec.decodeQueryComponent((eq < 0) ? pair : pair.substring(0, eq));
            String value = (eq < 0) ? "" : UriCodec.decodeQueryComponent(pair.substring(eq + 1));
            parameters.values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** The first value of a parameter, or null when absent. */
    public @Nullable String first(String name) {
        List<String> list = this.values.get(name);
        return (list == null || list.isEmpty()) ? null : list.get(0);
    }

    /** Every value of a parameter, in order. */
    public List<String> all(String name) {
        return this.values.getOrDefault(name, List.of());
    }

    public boolean contains(String name) {
        return this.values.containsKey(name);
    }
}
