package dev.lakefs.embedded.gateway.signature;

import java.io.InputStream;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A request as received, before its signature is checked.
 *
 * @param method the HTTP method
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query as sent, still percent-encoded, or null when there is none
 * @param headers the request headers (case-insensitive names)
 * @param body the body as sent (aws-chunked framing included)
 */
public record SignedRequest(String method, String rawPath, @Nullable String rawQuery, Headers headers,
        InputStream body) {
}
