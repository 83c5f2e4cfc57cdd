package dev.lakefs.embedded.http;

import com.sun.net.httpserver.HttpExchange;

/**
 * Serves the requests that carry an AWS signature: lakeFS routes them to its S3 gateway, whatever their path. It
 * answers every request itself (errors included), so the dispatcher only writes and records the response.
 */
@FunctionalInterface
public interface SignedRequestHandler {

    /**
     * @param exchange the request, not yet read
     * @param baseUrl the server root as configured (never taken from the request), e.g. {@code http://127.0.0.1:8000}
     * @return the response
     */
    ApiResponse handle(HttpExchange exchange, String baseUrl);
}
