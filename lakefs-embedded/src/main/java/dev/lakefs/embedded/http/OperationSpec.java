package dev.lakefs.embedded.http;

import java.util.List;

/**
 * One operation of the lakeFS spec.
 *
 * @param method the HTTP method
 * @param template the path template under {@code /api/v1}, e.g. {@code /repositories/{repository}}
 * @param operationId the spec's operationId
 * @param requiredQuery the query parameters the spec marks required (checked before authentication, like lakeFS's
 * validator)
 */
record OperationSpec(String method, String template, String operationId, List<String> requiredQuery) {

    List<String> segments() {
        return List.of(this.template.substring(1).split("/"));
    }
}
