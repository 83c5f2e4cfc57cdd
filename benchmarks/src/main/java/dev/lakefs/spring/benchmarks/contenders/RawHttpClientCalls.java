package dev.lakefs.spring.benchmarks.contenders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.lakefs.spring.benchmarks.server.ServerProcess;

/**
 * The floor: the JDK's {@link HttpClient} sending the requests the lakeFS clients send, with a precomputed basic
 * authorization header, reading each answer whole but parsing nothing.
 */
final class RawHttpClientCalls implements LakeFSCalls {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String authorization;

    private final String repository;

    private final String branch;

    RawHttpClientCalls(BenchmarkTarget target) {
        this.authorization = ServerProcess.basicAuthorization(target.accessKeyId(), target.secretAccessKey());
        this.repository = target.endpoint() + "/repositories/" + target.repository();
        this.branch = target.branch();
    }

    @Override
    public byte[] statObject(String path) throws IOException {
        return send(get("/refs/" + this.branch + "/objects/stat?path=" + encode(path)), BodyHandlers.ofByteArray());
    }

    @Override
    public byte[] getBranch() throws IOException {
        return send(get("/branches/" + this.branch), BodyHandlers.ofByteArray());
    }

    @Override
    public int listObjects(String prefix, int amount) throws IOException {
        HttpRequest list = get("/refs/" + this.branch + "/objects/ls?prefix=" + encode(prefix) + "&amount=" + amount);
        return send(list, BodyHandlers.ofByteArray()).length;
    }

    @Override
    public byte[] upload(String path, byte[] content) throws IOException {
        return upload(path, BodyPublishers.ofByteArray(content));
    }

    @Override
    public byte[] upload(String path, Path file) throws IOException {
        return upload(path, BodyPublishers.ofFile(file));
    }

    private byte[] upload(String path, BodyPublisher body) throws IOException {
        HttpRequest upload = request("/branches/" + this.branch + "/objects?path=" + encode(path))
            .header("Content-Type", "application/octet-stream")
            .POST(body)
            .build();
        return send(upload, BodyHandlers.ofByteArray());
    }

    @Override
    public long download(String path) throws IOException {
        HttpRequest download = get("/refs/" + this.branch + "/objects?path=" + encode(path));
        try (InputStream body = send(download, BodyHandlers.ofInputStream())) {
            return body.transferTo(OutputStream.nullOutputStream());
        }
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(this.repository + path)).header("Authorization", this.authorization);
    }

    private <T> T send(HttpRequest request, BodyHandler<T> handler) throws IOException {
        try {
            HttpResponse<T> response = this.http.send(request, handler);
            if (response.statusCode() / 100 != 2) {
                throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        // HttpClient is AutoCloseable only from JDK 21; its threads are daemons and end with the JVM
    }

}
