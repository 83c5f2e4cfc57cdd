package dev.lakefs.spring.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * One request to the lakeFS API, described before it is sent: the operation, its URI variables and query, headers,
 * body, and whether it may be repeated. Path variables and query values are all encoded strictly (an object path
 * may hold {@code &}, {@code +} or {@code =}); see {@link PathTemplate}.
 */
final class LakeFSCall {

    private final Operation operation;

    private final Map<String, String> uriVariables = new LinkedHashMap<>();

    /** Names and values in turn, in the order they were added. */
    private final List<String> queryParameters = new ArrayList<>();

    private @Nullable String accept;

    /** Made on the first header beyond {@code Accept}: most calls have none, and each map costs a few objects. */
    private @Nullable HttpHeaders headers;

    private @Nullable Object json;

    private @Nullable ObjectUpload upload;

    private boolean idempotent;

    LakeFSCall(Operation operation) {
        this.operation = operation;
        this.idempotent = operation.idempotent();
    }

    LakeFSCall path(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        this.uriVariables.put(name, value);
        return this;
    }

    /** Adds a query parameter, unless the value is null. */
    LakeFSCall query(String name, @Nullable Object value) {
        if (value != null) {
            this.queryParameters.add(name);
            this.queryParameters.add(value.toString());
        }
        return this;
    }

    /** Adds a boolean query parameter only when true, as lakeFS's defaults are all false. */
    LakeFSCall flag(String name, boolean value) {
        return value ? query(name, "true") : this;
    }

    LakeFSCall queryAll(String name, List<String> values) {
        values.forEach((value) -> query(name, value));
        return this;
    }

    /** Sets the {@code Accept} header, over the client's default. */
    LakeFSCall accept(String mediaTypes) {
        this.accept = mediaTypes;
        return this;
    }

    LakeFSCall header(String name, String value) {
        if (this.headers == null) {
            this.headers = new HttpHeaders();
        }
        this.headers.add(name, value);
        return this;
    }

    LakeFSCall json(Object body) {
        this.json = body;
        return this;
    }

    LakeFSCall upload(ObjectUpload upload) {
        this.upload = upload;
        return this;
    }

    /** Overrides the operation's idempotency for this request (e.g. an if-absent upload is not). */
    LakeFSCall idempotent(boolean idempotent) {
        this.idempotent = idempotent;
        return this;
    }

    Operation operation() {
        return this.operation;
    }

    boolean idempotent() {
        return this.idempotent;
    }

    boolean repeatableBody() {
        return this.upload == null || this.upload.repeatable();
    }

    @Nullable String accept() {
        return this.accept;
    }

    /** The headers added with {@link #header}, or {@code null} when there are none. */
    @Nullable HttpHeaders headers() {
        return this.headers;
    }

    /** The first value of a header added with {@link #header}. */
    @Nullable String header(String name) {
        return (this.headers != null) ? this.headers.getFirst(name) : null;
    }

    @Nullable Object jsonBody() {
        return this.json;
    }

    @Nullable ObjectUpload uploadBody() {
        return this.upload;
    }

    @Nullable String uriVariable(String name) {
        return this.uriVariables.get(name);
    }

    @Nullable String repository() {
        return uriVariable("repository");
    }

    /**
     * The request's URI under the API's base URI.
     * @param apiBase the endpoint's base URI, e.g. {@code http://localhost:8000/api/v1}
     */
    URI toUri(String apiBase) {
        StringBuilder uri = new StringBuilder(apiBase.length() + 160).append(apiBase);
        this.operation.path().expand(uri, this.uriVariables);
        for (int i = 0; i < this.queryParameters.size(); i += 2) {
            uri.append((i == 0) ? '?' : '&').append(this.queryParameters.get(i)).append('=');
            PathTemplate.appendEncoded(uri, this.queryParameters.get(i + 1));
        }
        return URI.create(uri.toString());
    }

}
