package dev.lakefs.embedded.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.EmbeddedLakeFSMain;
import io.lakefs.clients.sdk.ApiClient;

/**
 * The standalone server in a JVM of its own (the test's classpath, the test's {@code java}), on a free port with a
 * data directory, so that tests can stop it gracefully or kill it as {@code kill -9} does.
 */
final class ForkedServer implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;

    private final String url;

    private ForkedServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts a server on the data directory and waits until it listens. */
    static ForkedServer start(Path dataDirectory) throws IOException, InterruptedException {
        Path stderr = stderrFile();
        Process process = launch(dataDirectory, stderr);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(process, lines), "forked-server-stdout");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    return new ForkedServer(process, listening.group(1));
                }
            }
            else if (!process.isAlive()) {
                throw new IllegalStateException("The forked server exited with " + process.exitValue() + ": "
                        + Files.readString(stderr));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The forked server did not start within " + STARTUP);
    }

    /** Runs a server on the data directory that is expected to exit at once; returns its exit code and stderr. */
    static Exit run(Path dataDirectory) throws IOException, InterruptedException {
        Path stderr = stderrFile();
        Process process = launch(dataDirectory, stderr);
        if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The forked server kept running");
        }
        return new Exit(process.exitValue(), Files.readString(stderr));
    }

    private static Path stderrFile() throws IOException {
        Path stderr = Files.createTempFile("forked-lakefs-", ".err");
        stderr.toFile().deleteOnExit();
        return stderr;
    }

    private static Process launch(Path dataDirectory, Path stderr) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        // A short-lived server: start fast rather than optimize (these tests start several).
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EmbeddedLakeFSMain.class.getName());
        command.add("--port");
        command.add("0");
        command.add("--data-dir");
        command.add(dataDirectory.toString());
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        catch (IOException ex) {
            // the process is gone
        }
    }

    /** The server root. */
    String url() {
        return this.url;
    }

    /** The API endpoint. */
    String endpoint() {
        return this.url + "/api/v1";
    }

    /** An SDK client with the quickstart credentials. */
    ApiClient client() {
        ApiClient client = new ApiClient();
        client.setBasePath(endpoint());
        client.setUsername(EmbeddedLakeFS.DEFAULT_ACCESS_KEY_ID);
        client.setPassword(EmbeddedLakeFS.DEFAULT_SECRET_ACCESS_KEY);
        return client;
    }

    /** Stops the server as a service manager does (SIGTERM: the shutdown hook stops it) and waits for the exit. */
    void stop() throws InterruptedException {
        this.process.destroy();
        awaitExit();
    }

    /** Kills the server as {@code kill -9} does: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        this.process.destroyForcibly();
        awaitExit();
    }

    private void awaitExit() throws InterruptedException {
        if (!this.process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The forked server did not exit");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (this.process.isAlive()) {
            kill();
        }
    }

    /**
     * How a server that could not start ended.
     *
     * @param code the exit code
     * @param stderr what it wrote to its standard error
     */
    record Exit(int code, String stderr) {
    }
}
