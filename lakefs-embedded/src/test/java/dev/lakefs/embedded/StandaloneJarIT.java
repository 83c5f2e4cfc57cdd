package dev.lakefs.embedded;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone jar, started as a process: runs after {@code package} (failsafe), since that is when
 * {@code target/lakefs-embedded-standalone.jar} exists.
 */
class StandaloneJarIT {

    private static final Path JAR = Path.of("target", "lakefs-embedded-standalone.jar");

    @Test
    @DisplayName("java -jar lakefs-embedded-standalone.jar --port N prints 'listening on http://' and serves the API")
    void runsStandalone() throws Exception {
        assertThat(JAR).exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "--port", Integer.toString(port))
            .redirectErrorStream(true)
            .start();
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readUntilListening(output)).get(30, TimeUnit.SECONDS);
            assertThat(line).contains("listening on http://127.0.0.1:" + port);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/healthcheck")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(204);
            HttpResponse<String> unauthorized = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/repositories")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unauthorized.statusCode()).isEqualTo(401);
        }
        finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.isRegularFile(JAR)).isTrue();
    }

    private static String readUntilListening(BufferedReader output) {
        try {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.contains("listening on http://")) {
                    return line;
                }
            }
            throw new IllegalStateException("The process ended without printing 'listening on http://'");
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
