package dev.lakefs.embedded.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** The streaming multipart reader behind multipart uploads. */
class MultipartReaderTests {

    @Test
    @DisplayName("parts are read in order with their headers; preamble and epilogue are skipped")
    void readsParts() throws IOException {
        String body = "preamble\r\n--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfirst\r\n"
                + "--XYZ\r\nContent-Disposition: form-data; name=\"content\"; filename=\"f\"\r\n"
                + "Content-Type: text/csv\r\n\r\nx,y\r\n--XYZ--\r\nepilogue";
        MultipartReader reader = new MultipartReader(stream(body.getBytes(StandardCharsets.UTF_8), 7), "XYZ");
        MultipartReader.Part first = reader.next();
        assertThat(first.name()).isEqualTo("a");
        assertThat(new String(first.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first");
        MultipartReader.Part second = reader.next();
        assertThat(second.name()).isEqualTo("content");
        assertThat(second.contentType()).isEqualTo("text/csv");
        assertThat(new String(second.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("x,y");
        assertThat(reader.next()).isNull();
    }

    @Test
    @DisplayName("a part larger than the buffer, with near-boundary bytes, read one byte per socket read, is intact")
    void largePartAcrossReads() throws IOException {
        byte[] content = new byte[300_000];
        Arrays.fill(content, (byte) '-');
        for (int i = 0; i < content.length; i += 1000) {
            content[i] = '\r';
            content[i + 1] = '\n';
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("--b0undary\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\n".getBytes());
        body.writeBytes(content);
        body.writeBytes("\r\n--b0undary--\r\n".getBytes());
        MultipartReader reader = new MultipartReader(stream(body.toByteArray(), 1), "b0undary");
        assertThat(reader.next().body().readAllBytes()).isEqualTo(content);
        assertThat(reader.next()).isNull();
    }

    @Test
    @DisplayName("a body that ends before its closing boundary is an error")
    void truncatedBody() throws IOException {
        String body = "--b\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nno end in sight";
        MultipartReader reader = new MultipartReader(stream(body.getBytes(StandardCharsets.UTF_8), 100), "b");
        InputStream part = reader.next().body();
        assertThatIOException().isThrownBy(part::readAllBytes);
    }

    @Test
    @DisplayName("the boundary comes from the Content-Type, quoted or not")
    void boundaryParameter() {
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartReader.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartReader.boundary("text/plain")).isNull();
    }

    /** Delivers at most {@code chunk} bytes per read, like a slow socket. */
    private static InputStream stream(byte[] bytes, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
    }
}
