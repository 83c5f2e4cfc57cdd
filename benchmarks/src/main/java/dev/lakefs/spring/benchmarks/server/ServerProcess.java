package dev.lakefs.spring.benchmarks.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lakefs.embedded.EmbeddedLakeFS;

/**
 * An embedded lakeFS server running in a child JVM started from the benchmark's own class path. It is started once
 * per JMH trial, so every contender meets a fresh server with the same warm-up.
 */
public final class ServerProcess implements AutoCloseable {

    /** The server JVM's options: a heap big enough for the small objects it keeps in memory. */
    private static final List<String> SERVER_JVM_OPTIONS = List.of("-Xms512m", "-Xmx1g", "-XX:+UseParallelGC");

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final Process process;

    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts a server on a free port and waits until it listens.
     * @return the running server
     * @throws IOException if the JVM cannot be started or exits before it listens
     */
    public static ServerProcess start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SERVER_JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerMain.class.getName(),
                "--port", "0"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                drainInBackground(output);
                return new ServerProcess(process, listening.group(1));
            }
            seen.append(line).append('\n');
        }
        process.destroyForcibly();
        throw new IOException("The embedded lakeFS server exited before listening:\n" + seen);
    }

    /** Keeps reading the server's output so that it never blocks on a full pipe. */
    private static void drainInBackground(BufferedReader output) {
        Thread drain = new Thread(() -> {
            try {
                while (output.readLine() != null) {
                    // the server only logs; nothing to keep
                }
            }
            catch (IOException ex) {
                // the server is gone
            }
        }, "lakefs-server-output");
        drain.setDaemon(true);
        drain.start();
    }

    /**
     * The server's API endpoint.
     * @return e.g. {@code http://127.0.0.1:40123/api/v1}
     */
    public String endpoint() {
        return this.url + "/api/v1";
    }

    /**
     * The access key id the server accepts.
     * @return the lakeFS quickstart key
     */
    public String accessKeyId() {
        return EmbeddedLakeFS.DEFAULT_ACCESS_KEY_ID;
    }

    /**
     * The secret access key the server accepts.
     * @return the lakeFS quickstart secret
     */
    public String secretAccessKey() {
        return EmbeddedLakeFS.DEFAULT_SECRET_ACCESS_KEY;
    }

    /**
     * Creates a repository whose default branch is {@code main}, with the JDK's own HTTP client, so that preparing a
     * benchmark loads none of the contenders' classes into the JVM being measured.
     * @param repository the repository id
     * @throws IOException if the server does not create it
     */
    public void createRepository(String repository) throws IOException {
        String body = "{\"name\":\"" + repository + "\",\"storage_namespace\":\"mem://benchmarks/" + repository
                + "\"}";
        HttpRequest create = HttpRequest.newBuilder(URI.create(endpoint() + "/repositories"))
            .header("Authorization", basicAuthorization(accessKeyId(), secretAccessKey()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        try {
            HttpResponse<String> created = HttpClient.newHttpClient()
                .send(create, HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IOException("Creating repository " + repository + " answered " + created.statusCode() + ": "
                        + created.body());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", ex);
        }
    }

    /**
     * The {@code Authorization} header value of HTTP basic authentication, which lakeFS accepts with its keys.
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @return {@code Basic <base64>}
     */
    public static String basicAuthorization(String accessKeyId, String secretAccessKey) {
        return "Basic " + Base64.getEncoder()
            .encodeToString((accessKeyId + ":" + secretAccessKey).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
        this.process.destroy();
        if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
            this.process.destroyForcibly().waitFor();
        }
    }

}
