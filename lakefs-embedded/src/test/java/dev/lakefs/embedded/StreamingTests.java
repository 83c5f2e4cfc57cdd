package dev.lakefs.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects stream through the server: a 64 MiB upload goes to the data directory while it is still being received
 * (the client holds back the second half until the spilled file has grown), and downloads stream back.
 */
class StreamingTests {

    private static final long SIZE = 64L * 1024 * 1024;

    private static final long HALF = SIZE / 2;

    private static final long SPILL_THRESHOLD = 1024 * 1024;

    /** A prime length, so the content does not repeat at power-of-two offsets. */
    private static final byte[] PATTERN = new byte[65521];

    static {
        for (int i = 0; i < PATTERN.length; i++) {
            PATTERN[i] = (byte) ((i * 31) ^ (i >>> 7));
        }
    }

    @TempDir
    static Path dataDirectory;

    private static EmbeddedLakeFS lakeFS;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        lakeFS = EmbeddedLakeFS.builder().spillThreshold(SPILL_THRESHOLD).dataDirectory(dataDirectory).build().start();
        lakeFS.createRepository("big-objects", "main");
    }

    @AfterAll
    static void stop() {
        lakeFS.stop();
    }

    @Test
    @DisplayName("a 64 MiB upload is written to disk while it streams in, and streams back out with the same MD5")
    void largeObjectStreamsBothWays() throws Exception {
        MessageDigest sent = MessageDigest.getInstance("MD5");
        HttpRequest upload = authorized("/repositories/big-objects/branches/main/objects?path=big.bin")
            .POST(HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new DigestInputStream(new HeldBackStream(), sent)),
                    SIZE))
            .header("Content-Type", "application/octet-stream")
            .build();
        HttpResponse<String> uploaded = this.client.send(upload, HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String checksum = HexFormat.of().formatHex(sent.digest());
        assertThat(uploaded.body()).contains("\"checksum\":\"" + checksum + "\"").contains("\"size_bytes\":" + SIZE);

        HttpResponse<InputStream> download = this.client.send(
                authorized("/repositories/big-objects/refs/main/objects?path=big.bin").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest received = MessageDigest.getInstance("MD5");
        long count;
        try (InputStream in = new DigestInputStream(download.body(), received)) {
            count = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(count).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(checksum);
        assertThat(download.headers().firstValue("ETag")).contains("\"" + checksum + "\"");

        HttpResponse<byte[]> tail = this.client.send(
                authorized("/repositories/big-objects/refs/main/objects?path=big.bin").header("Range", "bytes=-16")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).containsExactly(expectedBytes(SIZE - 16, 16));
    }

    /** Bytes 0..SIZE of a fixed pattern; before sending the second half, waits until the server spilled the first. */
    private static final class HeldBackStream extends InputStream {

        private long position;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (this.position >= SIZE) {
                return -1;
            }
            if (this.position == HALF) {
                Awaitility.await("the server writes the upload to disk while it is being received")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> spilledBytes() >= HALF / 2);
            }
            long limit = (this.position < HALF) ? HALF : SIZE;
            int patternOffset = (int) (this.position % PATTERN.length);
            int count = (int) Math.min(Math.min(length, limit - this.position), PATTERN.length - patternOffset);
            System.arraycopy(PATTERN, patternOffset, buffer, offset, count);
            this.position += count;
            return count;
        }
    }

    private static long spilledBytes() throws IOException {
        Path objects = dataDirectory.resolve("objects");
        if (!Files.isDirectory(objects)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(objects)) {
            return files.mapToLong(file -> file.toFile().length()).max().orElse(0);
        }
    }

    private static byte patternByte(long index) {
        return PATTERN[(int) (index % PATTERN.length)];
    }

    private static byte[] expectedBytes(long from, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = patternByte(from + i);
        }
        return bytes;
    }

    private static HttpRequest.Builder authorized(String path) {
        String credentials = lakeFS.accessKeyId() + ":" + lakeFS.secretAccessKey();
        return HttpRequest.newBuilder(URI.create(lakeFS.endpoint() + path))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
    }
}
