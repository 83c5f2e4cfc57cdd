package dev.lakefs.embedded;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request the embedded server received, for assertions in tests. Credentials are redacted, so that it can be
 * printed in test failures and logs: {@code Authorization} keeps its scheme ({@code Basic [REDACTED]}; an AWS
 * signature keeps its credential scope), {@code Cookie} and {@code X-Amz-Security-Token} become {@code [REDACTED]},
 * and so do the signatures in presigned URLs' queries.
 *
 * @param method the HTTP method
 * @param path the raw path, without the query
 * @param query the raw query (signatures redacted), or null
 * @param operationId the lakeFS operationId it was routed to, {@code s3Gateway} for the S3 gateway, or null (e.g.
 * presigned storage URLs, unknown paths)
 * @param headers the request headers, names lower-cased, credentials redacted
 * @param status the status answered, or 0 when the connection was dropped
 */
public record RecordedRequest(String method, String path, @Nullable String query, @Nullable String operationId,
        Map<String, List<String>> headers, int status) {
}
