package dev.lakefs.embedded.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import dev.lakefs.embedded.EmbeddedLakeFS;

/**
 * Plain {@link HttpClient} access to the server, for requests the SDK cannot express (raw bodies, odd headers,
 * redirects that must not be followed, status codes the SDK hides).
 */
final class RawHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String apiBase;

    private final String basicAuthorization;

    RawHttp(EmbeddedLakeFS server) {
        this.apiBase = server.endpoint();
        String pair = server.accessKeyId() + ":" + server.secretAccessKey();
        this.basicAuthorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Percent-encodes a query parameter value (spaces as {@code %20}, as Go's parser accepts both). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An authenticated request to {@code /api/v1 + pathAndQuery}; {@code headers} are name/value pairs. */
    HttpResponse<byte[]> send(String method, String pathAndQuery, byte @Nullable [] body, String... headers) {
        return exchange(request(URI.create(this.apiBase + pathAndQuery), method, body, headers)
                .header("Authorization", this.basicAuthorization));
    }

    /** A request to {@code /api/v1 + pathAndQuery} that carries no credentials at all. */
    HttpResponse<byte[]> sendAnonymously(String method, String pathAndQuery, byte @Nullable [] body, String... headers) {
        return exchange(request(URI.create(this.apiBase + pathAndQuery), method, body, headers));
    }

    /** A request to an absolute URL (e.g. a presigned one) without lakeFS credentials. */
    HttpResponse<byte[]> sendToUrl(String method, String url, byte @Nullable [] body, String... headers) {
        return exchange(request(URI.create(url), method, body, headers));
    }

    HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, null, headers);
    }

    private static HttpRequest.Builder request(URI uri, String method, byte @Nullable [] body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .method(method, (body != null) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder builder) {
        try {
            return this.client.send(builder.build(), BodyHandlers.ofByteArray());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
