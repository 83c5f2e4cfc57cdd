package dev.lakefs.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The startup warning when the server is reachable beyond loopback with lakeFS's public quickstart keys. */
class ExposureWarningTests {

    private final Logger logger = Logger.getLogger(EmbeddedLakeFS.class.getName());

    private final List<LogRecord> warnings = new ArrayList<>();

    private final Handler handler = new Handler() {

        @Override
        public void publish(LogRecord logRecord) {
            if (logRecord.getLevel().intValue() >= Level.WARNING.intValue()) {
                ExposureWarningTests.this.warnings.add(logRecord);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        this.logger.addHandler(this.handler);
    }

    @AfterEach
    void release() {
        this.logger.removeHandler(this.handler);
    }

    @Test
    @DisplayName("every interface with the quickstart keys: a WARNING naming the risk and the fix")
    void warnsOnEveryInterfaceWithQuickstartKeys() {
        try (EmbeddedLakeFS server = EmbeddedLakeFS.builder().host("0.0.0.0").build().start()) {
            assertThat(this.warnings).singleElement()
                .satisfies((warning) -> assertThat(warning.getMessage()).contains("0.0.0.0:" + server.port(),
                        "public quickstart keys", "AKIAIOSFOLQUICKSTART", "--access-key-id"));
        }
    }

    @Test
    @DisplayName("no warning on loopback, nor with credentials of one's own")
    void quietOtherwise() {
        try (EmbeddedLakeFS loopback = EmbeddedLakeFS.builder().build().start();
                EmbeddedLakeFS ownKeys = EmbeddedLakeFS.builder().host("0.0.0.0")
                    .credentials("AKIAOWNKEY", "own-secret")
                    .build()
                    .start()) {
            assertThat(loopback.port()).isPositive();
            assertThat(ownKeys.port()).isPositive();
            assertThat(this.warnings).isEmpty();
        }
    }
}
