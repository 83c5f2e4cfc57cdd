package dev.lakefs.embedded.gateway;

import java.io.InputStream;
import java.util.List;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.lakefs.embedded.http.QueryParameters;
import dev.lakefs.embedded.http.UriCodec;
import org.jspecify.annotations.Nullable;

/**
 * A request to the gateway: the path split as lakeFS's {@code ParseRequestParts} splits it (path style), the query,
 * the headers and, once the signature matched, the verified payload.
 */
final class S3Request {

    private final HttpExchange exchange;

    private final String requestId;

    private final String baseUrl;

    private final String repository;

    private final String ref;

    private final String path;

    private final QueryParameters query;

    private @Nullable InputStream payload;

    private long decodedLength = -1;

    /** What an error names ({@code BucketName}, {@code Key}, {@code Resource}), as far as the request got. */
    private String errorBucket = "";

    private String errorKey = "";

    private String errorResource = "";

    S3Request(HttpExchange exchange, String requestId, String baseUrl) {
        this.exchange = exchange;
        this.requestId = requestId;
        this.baseUrl = baseUrl;
        // Go's URL.Path is the decoded path: an encoded slash in a key splits like a plain one.
        String decoded = UriCodec.decodePathSegment(exchange.getRequestURI().getRawPath());
        String trimmed = decoded.startsWith("/") ? decoded.substring(1) : decoded;
        String[] parts = trimmed.split("/", 3);
        this.repository = parts[0];
        this.ref = (parts.length > 1) ? parts[1] : "";
        this.path = (parts.length > 2) ? parts[2] : "";
        this.query = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
    }

    String method() {
        return this.exchange.getRequestMethod();
    }

    String requestId() {
        return this.requestId;
    }

    /** The server root as the client reached it, e.g. {@code http://127.0.0.1:8000}. */
    String baseUrl() {
        return this.baseUrl;
    }

    /** The bucket: a repository id, empty at the root. */
    String repository() {
        return this.repository;
    }

    /** The key's first segment, empty when absent. */
    String ref() {
        return this.ref;
    }

    /** The rest of the key, empty when absent. */
    String path() {
        return this.path;
    }

    /** Whether the raw request URI starts with the REST API's base path. */
    boolean apiPrefixed() {
        return this.exchange.getRequestURI().getRawPath().startsWith("/api/v1");
    }

    boolean has(String queryParameter) {
        return this.query.contains(queryParameter);
    }

    /** Whether any of these query parameters is present. */
    boolean hasAny(List<String> queryParameters) {
        return queryParameters.stream().anyMatch(this.query::contains);
    }

    /** A query parameter, empty when absent (Go's {@code Query().Get}). */
    String query(String name) {
        String value = this.query.first(name);
        return (value != null) ? value : "";
    }

    /** A header, empty when absent (Go's {@code Header.Get}). */
    String header(String name) {
        String value = this.exchange.getRequestHeaders().getFirst(name);
        return (value != null) ? value : "";
    }

    Headers headers() {
        return this.exchange.getRequestHeaders();
    }

    /** The verified payload (aws-chunked framing removed, checked while read). */
    InputStream payload() {
        InputStream in = this.payload;
        if (in == null) {
            throw new IllegalStateException("The payload is read only after the signature was verified");
        }
        return in;
    }

    long decodedLength() {
        return this.decodedLength;
    }

    void verified(InputStream verifiedPayload, long length) {
        this.payload = verifiedPayload;
        this.decodedLength = length;
    }

    /** Errors from now on name the repository (lakeFS's {@code RepoOperation}). */
    void scopeToRepository() {
        this.errorBucket = this.repository;
        this.errorResource = this.repository;
    }

    /** Errors from now on name the repository, the path and {@code ref@repository} (lakeFS's {@code PathOperation}). */
    void scopeToPath() {
        this.errorBucket = this.repository;
        this.errorKey = this.path;
        this.errorResource = this.ref + "@" + this.repository;
    }

    String errorBucket() {
        return this.errorBucket;
    }

    String errorKey() {
        return this.errorKey;
    }

    String errorResource() {
        return this.errorResource;
    }
}
