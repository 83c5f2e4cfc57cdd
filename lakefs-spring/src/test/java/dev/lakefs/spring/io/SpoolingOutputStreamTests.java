package dev.lakefs.spring.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Memory up to the threshold, then a temporary file; replayable; cleaned up.
 */
class SpoolingOutputStreamTests {

    @TempDir
    Path tempDirectory;

    @Test
    void keepsSmallContentInMemory() throws IOException {
        SpoolingOutputStream spool = new SpoolingOutputStream(100, this.tempDirectory);
        spool.write(new byte[100]);
        try (SpooledContent content = spool.toContent()) {
            assertThat(content.isInMemory()).isTrue();
            assertThat(content.size()).isEqualTo(100);
        }
        assertThat(this.tempDirectory).isEmptyDirectory();
    }

    @Test
    void spillsToATemporaryFileBeyondTheThresholdAndDeletesItWhenDone() throws IOException {
        SpoolingOutputStream spool = new SpoolingOutputStream(100, this.tempDirectory);
        spool.write(new byte[60]);
        assertThat(spool.isSpilled()).isFalse();
        spool.write(new byte[60]);
        assertThat(spool.isSpilled()).isTrue();
        for (int i = 0; i < 1000; i++) {
            spool.write(i);
        }
        spool.flush();
        Path file = spool.spillFile();
        assertThat(file).hasParent(this.tempDirectory).hasSize(1120);

        try (SpooledContent content = spool.toContent()) {
            assertThat(content.isInMemory()).isFalse();
            assertThat(content.size()).isEqualTo(1120);
            // readable more than once, e.g. for a retry
            for (int round = 0; round < 2; round++) {
                try (InputStream in = content.openStream()) {
                    byte[] bytes = in.readAllBytes();
                    assertThat(bytes).hasSize(1120);
                    assertThat(bytes[120 + 255]).isEqualTo((byte) 255);
                }
            }
        }
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void discardDeletesEverything() throws IOException {
        SpoolingOutputStream spool = new SpoolingOutputStream(10, this.tempDirectory);
        spool.write(new byte[50]);
        spool.discard();
        assertThat(this.tempDirectory).isEmptyDirectory();
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> spool.write(1));
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(spool::toContent);
    }
}
