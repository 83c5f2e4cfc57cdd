package dev.lakefs.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;

/** The standalone entry point's command line. */
class EmbeddedLakeFSMainTests {

    @Test
    @DisplayName("--help prints the usage and asks not to serve")
    void help() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean serve = EmbeddedLakeFSMain.configure(EmbeddedLakeFS.builder(), new String[] { "--help" },
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(serve).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port", "--host", "--access-key-id",
                "--secret-access-key", "--data-dir");
    }

    @Test
    @DisplayName("options take their value as the next argument or after '='")
    void options() {
        EmbeddedLakeFS.Builder builder = EmbeddedLakeFS.builder();
        assertThat(EmbeddedLakeFSMain.configure(builder, new String[] { "--port=0", "--host", "127.0.0.1",
                "--access-key-id", "key", "--secret-access-key=secret" }, System.out)).isTrue();
        try (EmbeddedLakeFS server = builder.build().start()) {
            assertThat(server.accessKeyId()).isEqualTo("key");
            assertThat(server.secretAccessKey()).isEqualTo("secret");
            assertThat(server.port()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --nope 1           | unknown option --nope
            --nope             | unknown option --nope
            -p 8000            | unknown option -p
            --port             | --port needs a value
            --port x           | --port must be a number from 0 to 65535: x
            --port=70000       | --port must be a number from 0 to 65535: 70000
            --port -1          | --port must be a number from 0 to 65535: -1
            """)
    @DisplayName("each bad command line is reported in one sentence naming the option")
    void badCommandLines(String commandLine, String message) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> EmbeddedLakeFSMain.configure(EmbeddedLakeFS.builder(), commandLine.split(" "),
                    System.out))
            .withMessage(message);
    }

    @Test
    @DisplayName("a port in use: one error line and exit status 1, in a real process")
    void portInUseExitsWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Exit exit = runMain("--port", Integer.toString(port));
            assertThat(exit.status()).isEqualTo(EmbeddedLakeFSMain.EXIT_FAILURE);
            assertThat(exit.stderr()).singleElement()
                .asString()
                .startsWith("error: Cannot listen on 127.0.0.1:" + port + ": ")
                .contains("in use", "--port");
            assertThat(exit.stdout()).isEmpty();
        }
    }

    @Test
    @DisplayName("an unknown option: 'unknown option', the usage and exit status 2, in a real process")
    void unknownOptionExitsWithTheUsage() throws Exception {
        Exit exit = runMain("--prot", "8000");
        assertThat(exit.status()).isEqualTo(EmbeddedLakeFSMain.EXIT_USAGE);
        assertThat(exit.stderr()).first().isEqualTo("error: unknown option --prot");
        assertThat(exit.stderr()).contains("Usage: java -jar lakefs-embedded-standalone.jar [options]",
                "Exit status: 1 when the server cannot start (e.g. its port is in use), 2 for a bad command line.");
        assertThat(exit.stdout()).isEmpty();
    }

    /** Runs the entry point in a new JVM on this test's class path, as {@code java -jar} would. */
    private static Exit runMain(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                EmbeddedLakeFSMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the process did not exit: " + command);
        }
        return new Exit(process.exitValue(), lines(process.getInputStream().readAllBytes()),
                lines(process.getErrorStream().readAllBytes()));
    }

    private static List<String> lines(byte[] output) {
        return new String(output, StandardCharsets.UTF_8).lines().toList();
    }

    private record Exit(int status, List<String> stdout, List<String> stderr) {
    }
}
