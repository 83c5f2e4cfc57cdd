package dev.lakefs.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

    @Test
    @DisplayName("unknown options, missing values and bad ports are rejected")
    void badOptions() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> EmbeddedLakeFSMain.configure(EmbeddedLakeFS.builder(), new String[] { "--nope", "1" },
                    System.out));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> EmbeddedLakeFSMain.configure(EmbeddedLakeFS.builder(), new String[] { "--port" },
                    System.out));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> EmbeddedLakeFSMain.configure(EmbeddedLakeFS.builder(), new String[] { "--port", "x" },
                    System.out));
    }
}
