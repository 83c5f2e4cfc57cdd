package dev.lakefs.spring.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the reader opens, reuses and reopens ranged streams (the HTTP side is covered by the object tests).
 */
class ObjectReaderTests {

    private final byte[] object = new byte[1_000_000];

    private final List<String> opened = new ArrayList<>();

    ObjectReaderTests() {
        for (int i = 0; i < this.object.length; i++) {
            this.object[i] = (byte) i;
        }
    }

    private ObjectReader reader(long start, long end) {
        return new ObjectReader(this::open, () -> this.object.length, start, end);
    }

    private InputStream open(long offset, long last) {
        this.opened.add(offset + "-" + ((last < 0) ? "" : last));
        int from = (int) Math.min(offset, this.object.length);
        int to = (last < 0) ? this.object.length : (int) Math.min(last + 1, this.object.length);
        return new ByteArrayInputStream(Arrays.copyOfRange(this.object, from, to));
    }

    @Test
    void opensNothingUntilTheFirstRead() throws IOException {
        try (ObjectReader reader = reader(0, -1)) {
            assertThat(this.opened).isEmpty();
            reader.read();
            assertThat(this.opened).containsExactly("0-");
        }
    }

    @Test
    void shortForwardSeeksReadAheadAndLongOnesReopen() throws IOException {
        try (ObjectReader reader = reader(0, -1)) {
            reader.read();
            reader.seek(1000);
            assertThat(reader.read()).isEqualTo(1000 & 0xFF);
            reader.seek(900_000);
            assertThat(reader.read()).isEqualTo(900_000 & 0xFF);
            reader.seek(10);
            assertThat(reader.read()).isEqualTo(10);
        }
        assertThat(this.opened).containsExactly("0-", "900000-", "10-");
    }

    @Test
    void aRangeEndsTheStreamAtItsLastByte() throws IOException {
        try (ObjectReader reader = reader(100, 200)) {
            byte[] bytes = reader.readAllBytes();
            assertThat(bytes).hasSize(100);
            assertThat(bytes[0]).isEqualTo((byte) 100);
            assertThat(reader.position()).isEqualTo(200);
            assertThat(reader.skip(10)).isZero();
        }
        assertThat(this.opened).containsExactly("100-199");
    }

    @Test
    void seeksFromTheEndUsingTheSize() throws IOException {
        try (ObjectReader reader = reader(0, -1)) {
            reader.seekFromEnd(2);
            assertThat(reader.readAllBytes()).containsExactly((byte) (999_998 & 0xFF), (byte) (999_999 & 0xFF));
            assertThat(reader.size()).isEqualTo(1_000_000);
        }
    }

    @Test
    void refusesUseAfterClose() throws IOException {
        ObjectReader reader = reader(0, -1);
        reader.close();
        assertThatExceptionOfType(IOException.class).isThrownBy(reader::read).withMessage("Stream closed");
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> reader.seek(-1));
    }
}
