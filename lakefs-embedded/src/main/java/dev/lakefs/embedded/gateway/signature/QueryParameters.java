package dev.lakefs.embedded.gateway.signature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A query decoded as Go's {@code url.ParseQuery} decodes it for lakeFS: pairs split on {@code &}, a pair holding a
 * {@code ;} or a bad percent escape dropped, {@code +} read as a space. Names and values are byte strings (one
 * {@code char} per byte, ISO-8859-1), so that they sort and re-encode byte for byte as in Go.
 */
final class QueryParameters {

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * @param rawQuery the query as sent, or null
     * @return its parameters in the order sent
     */
    static QueryParameters parse(@Nullable String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&", -1)) {
                if (pair.isEmpty() || pair.indexOf(';') >= 0) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = Percent.decode((equals < 0) ? pair : pair.substring(0, equals), true);
                String value = Percent.decode((equals < 0) ? "" : pair.substring(equals + 1), true);
                if (name != null && value != null) {
                    values.computeIfAbsent(name, (key) -> new java.util.ArrayList<>()).add(value);
                }
            }
        }
        return new QueryParameters(values);
    }

    /** Whether the parameter is present, even with an empty value. */
    boolean has(String name) {
        return this.values.containsKey(name);
    }

    /** The parameter's first value, or "" when it is absent (Go's {@code Values.Get}). */
    String first(String name) {
        List<String> list = this.values.get(name);
        return (list == null) ? "" : list.get(0);
    }

    /** All values of the parameter, in the order sent. */
    List<String> all(String name) {
        return this.values.getOrDefault(name, List.of());
    }

    /** The parameter names. */
    Set<String> names() {
        return Collections.unmodifiableSet(this.values.keySet());
    }
}
