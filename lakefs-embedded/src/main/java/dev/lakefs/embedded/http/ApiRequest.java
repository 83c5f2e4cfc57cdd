package dev.lakefs.embedded.http;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

/** A request routed to a lakeFS operation, with lakeFS's rules for reading its parameters. */
public final class ApiRequest {

    private static final int MAX_AMOUNT = 1000;

    private static final int DEFAULT_AMOUNT = 100;

    private final HttpExchange exchange;

    private final String operationId;

    private final Map<String, String> pathParams;

    private final QueryParameters query;

    private final String baseUrl;

    ApiRequest(HttpExchange exchange, String operationId, Map<String, String> pathParams, QueryParameters query,
            String baseUrl) {
        this.exchange = exchange;
        this.operationId = operationId;
        this.pathParams = pathParams;
        this.query = query;
        this.baseUrl = baseUrl;
    }

    public String method() {
        return this.exchange.getRequestMethod();
    }

    public String operationId() {
        return this.operationId;
    }

    /**
     * The server root for URLs we hand out: its configured public URL or listening address, never the
     * {@code Host} header.
     */
    public String baseUrl() {
        return this.baseUrl;
    }

    public String pathParam(String name) {
        String value = this.pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("No path parameter " + name + " in " + this.operationId);
        }
        return value;
    }

    public @Nullable String query(String name) {
        return this.query.first(name);
    }

    /** A query parameter, or {@code defaultValue} when absent. */
    public String query(String name, String defaultValue) {
        String value = this.query.first(name);
        return (value != null) ? value : defaultValue;
    }

    public List<String> queryAll(String name) {
        return this.query.all(name);
    }

    /** A query parameter the spec marks required (already checked by the dispatcher). */
    public String requiredQuery(String name) {
        String value = this.query.first(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** A boolean query parameter; a value that is not a boolean is a 400 as lakeFS's validator gives. */
    public boolean flag(String name, boolean defaultValue) {
        String value = this.query.first(name);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        if (value.equalsIgnoreCase("true") || value.equals("1")) {
            return true;
        }
        if (value.equalsIgnoreCase("false") || value.equals("0")) {
            return false;
        }
        throw ApiException.badRequest("parameter \"" + name + "\" in query has an error: value " + value
                + ": an invalid boolean: invalid syntax");
    }

    /** The {@code amount} page size, normalised as lakeFS does: absent, 0 or -1 is 100. */
    public int amount() {
        Integer amount = amountParameter(this.query);
        return (amount == null || amount <= 0) ? DEFAULT_AMOUNT : Math.min(amount, MAX_AMOUNT);
    }

    /** Validates {@code amount} like lakeFS's spec validator (integer in [-1, 1000]). */
    static @Nullable Integer amountParameter(QueryParameters query) {
        String value = query.first("amount");
        if (value == null || value.isEmpty()) {
            return null;
        }
        int amount;
        try {
            amount = Integer.parseInt(value);
        }
        catch (NumberFormatException ex) {
            throw ApiException.badRequest("parameter \"amount\" in query has an error: value " + value
                    + ": an invalid integer: invalid syntax");
        }
        if (amount < -1) {
            throw ApiException.badRequest("parameter \"amount\" in query has an error: number must be at least -1");
        }
        if (amount > MAX_AMOUNT) {
            throw ApiException.badRequest("parameter \"amount\" in query has an error: number must be at most 1000");
        }
        return amount;
    }

    static ApiException missing(String name) {
        return ApiException.badRequest("parameter \"" + name + "\" in query has an error: value is required but missing");
    }

    /** A request header, or null. */
    public @Nullable String header(String name) {
        return this.exchange.getRequestHeaders().getFirst(name);
    }

    /** Every value of a header, e.g. all {@code X-Lakefs-Meta-*} headers. */
    public Map<String, List<String>> headers() {
        return this.exchange.getRequestHeaders();
    }

    /** The request body, streamed (never buffered whole). */
    public InputStream body() {
        return new RequestBodyStream(this.exchange.getRequestBody());
    }

    /** The JSON request body; 413 past {@value JsonBodyLimit#MAX_BYTES} bytes. */
    public <T> T json(Class<T> type) {
        return Json.read(jsonBody(), type);
    }

    /** The raw bytes of a JSON request body, streamed and cut off with 413 past {@value JsonBodyLimit#MAX_BYTES}. */
    public InputStream jsonBody() {
        return JsonBodyLimit.wrap(body(), header("Content-Length"));
    }
}
