package dev.lakefs.embedded;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request the embedded server received, for assertions in tests.
 *
 * @param method the HTTP method
 * @param path the raw path, without the query
 * @param query the raw query, or null
 * @param operationId the lakeFS operationId it was routed to, {@code s3Gateway} for the S3 gateway, or null (e.g.
 * presigned storage URLs, unknown paths)
 * @param headers the request headers, names lower-cased
 * @param status the status answered, or 0 when the connection was dropped
 */
public record RecordedRequest(String method, String path, @Nullable String query, @Nullable String operationId,
        Map<String, List<String>> headers, int status) {
}
