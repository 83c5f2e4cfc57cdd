package dev.lakefs.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the tests: real requests to the embedded server's REST API with
 * {@link java.net.http.HttpClient}, basic auth by default, JSON bodies as strings.
 */
final class LakeFSHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final EmbeddedLakeFS server;

    private final HttpClient client;

    LakeFSHttp(EmbeddedLakeFS server) {
        this(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    LakeFSHttp(EmbeddedLakeFS server, HttpClient client) {
        this.server = server;
        this.client = client;
    }

    /** A request to {@code endpoint() + path} (path may carry a query). */
    Call call(String method, String path) {
        return new Call(method, URI.create(this.server.endpoint() + path)).basicAuth(this.server.accessKeyId(),
                this.server.secretAccessKey());
    }

    Response get(String path) {
        return call("GET", path).send();
    }

    Response delete(String path) {
        return call("DELETE", path).send();
    }

    Response post(String path, String json) {
        return call("POST", path).json(json).send();
    }

    Response put(String path, String json) {
        return call("PUT", path).json(json).send();
    }

    /** Uploads raw bytes to a branch path. */
    Response upload(String repository, String branch, String path, String content) {
        return call("POST", "/repositories/" + repository + "/branches/" + branch + "/objects?path=" + encode(path))
            .body(content.getBytes(StandardCharsets.UTF_8), "text/plain")
            .send();
    }

    Response commit(String repository, String branch, String message) {
        return post("/repositories/" + repository + "/branches/" + branch + "/commits",
                "{\"message\":\"" + message + "\"}");
    }

    Response createRepository(String name) {
        return post("/repositories", "{\"name\":\"" + name + "\",\"storage_namespace\":\"mem://tests/" + name + "-"
                + System.nanoTime() + "\"}");
    }

    Response createBranch(String repository, String name, String source) {
        return post("/repositories/" + repository + "/branches",
                "{\"name\":\"" + name + "\",\"source\":\"" + source + "\"}");
    }

    /** Reads an object as a string. */
    String read(String repository, String ref, String path) {
        Response response = get("/repositories/" + repository + "/refs/" + ref + "/objects?path=" + encode(path));
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.status() + ": " + response.text());
        }
        return response.text();
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A request being built. */
    final class Call {

        private final String method;

        private final URI uri;

        private final Map<String, String> headers = new LinkedHashMap<>();

        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Call(String method, URI uri) {
            this.method = method;
            this.uri = uri;
        }

        Call header(String name, String value) {
            this.headers.put(name, value);
            return this;
        }

        Call noAuth() {
            this.headers.remove("Authorization");
            return this;
        }

        Call basicAuth(String user, String password) {
            return header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Call json(String json) {
            header("Content-Type", "application/json");
            this.body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        Call body(byte[] content, String contentType) {
            header("Content-Type", contentType);
            this.body = HttpRequest.BodyPublishers.ofByteArray(content);
            return this;
        }

        Call body(HttpRequest.BodyPublisher publisher, String contentType) {
            header("Content-Type", contentType);
            this.body = publisher;
            return this;
        }

        Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri).timeout(Duration.ofSeconds(60))
                .method(this.method, this.body);
            this.headers.forEach(builder::header);
            try {
                HttpResponse<byte[]> response = LakeFSHttp.this.client.send(builder.build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                return new Response(response.statusCode(), response.headers(), response.body());
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

    /**
     * A response.
     *
     * @param status the status
     * @param headers the headers
     * @param body the body bytes
     */
    record Response(int status, HttpHeaders headers, byte[] body) {

        String text() {
            return new String(this.body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(this.body);
        }

        String message() {
            return json().path("message").asString();
        }

        String header(String name) {
            return this.headers.firstValue(name).orElse(null);
        }
    }
}
