package dev.lakefs.embedded.http;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Finds the lakeFS operation a request targets. Templates with more literal segments win, so
 * {@code /repositories/{repository}/refs/dump} is not taken for a ref named "dump" with a missing suffix.
 */
public final class Router {

    private final List<OperationSpec> operations = ApiOperations.ALL;

    /** The templates split into segments once, as matching runs for every request. */
    private final Map<OperationSpec, List<String>> segments = new HashMap<>();

    public Router() {
        this.operations.forEach(spec -> this.segments.put(spec, spec.segments()));
    }

    private final Map<String, ApiHandler> handlers = new HashMap<>();

    /** Attaches the handler of an operation of the spec. */
    public Router handle(String operationId, ApiHandler handler) {
        boolean known = this.operations.stream().anyMatch(spec -> spec.operationId().equals(operationId));
        if (!known) {
            throw new IllegalArgumentException("No such lakeFS operation: " + operationId);
        }
        this.handlers.put(operationId, handler);
        return this;
    }

    /**
     * Matches a path relative to {@code /api/v1}.
     * @return the match, or null when no operation has this path
     */
    @Nullable Match match(String method, String relativeRawPath) {
        String[] raw = relativeRawPath.startsWith("/") ? relativeRawPath.substring(1).split("/", -1)
                : relativeRawPath.split("/", -1);
        @Nullable Match best = null;
        int bestScore = -1;
        for (OperationSpec spec : this.operations) {
            List<String> template = this.segments.get(spec);
            Map<String, String> params = matchSegments(template, raw);
            if (params == null) {
                continue;
            }
            int score = (template.size() - params.size()) * 2 + (spec.method().equals(method) ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = new Match(spec, params, this.handlers.get(spec.operationId()), spec.method().equals(method));
            }
        }
        return best;
    }

    private static @Nullable Map<String, String> matchSegments(List<String> template, String[] raw) {
        if (template.size() != raw.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < raw.length; i++) {
            String segment = template.get(i);
            if (segment.startsWith("{")) {
                if (raw[i].isEmpty()) {
                    return null;
                }
                params.put(segment.substring(1, segment.length() - 1), UriCodec.decodePathSegment(raw[i]));
            }
            else if (!segment.equals(raw[i])) {
                return null;
            }
        }
        return params;
    }

    /**
     * A matched operation.
     *
     * @param spec the operation
     * @param pathParams decoded path parameters
     * @param handler its handler, null when the server does not implement it
     * @param methodMatches false when only the path matched
     */
    record Match(OperationSpec spec, Map<String, String> pathParams, @Nullable ApiHandler handler,
            boolean methodMatches) {
    }
}
