package dev.lakefs.embedded.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads {@code multipart/form-data} parts one after the other, streaming each part's body: memory use is one small
 * buffer whatever the part size. A part's body must be read (or skipped by asking for the next part) in order.
 */
public final class MultipartReader {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;

    private final byte[] delimiter;

    private final byte[] buffer;

    private int position;

    private int limit;

    private boolean eof;

    private boolean finished;

    private @Nullable PartStream current;

    public MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[Math.max(BUFFER_SIZE, this.delimiter.length * 2)];
        // The first boundary has no preceding CRLF; pretend it had one so every boundary looks the same.
        this.buffer[0] = '\r';
        this.buffer[1] = '\n';
        this.limit = 2;
    }

    /** The boundary of a {@code multipart/*} content type, or null. */
    public static @Nullable String boundary(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.regionMatches(true, 0, "boundary=", 0, 9)) {
                String value = trimmed.substring(9);
                return (value.startsWith("\"") && value.endsWith("\"") && value.length() > 1)
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The next part, or null after the last one. */
    public @Nullable Part next() throws IOException {
        if (this.current == null) {
            this.current = new PartStream();
            this.current.transferTo(OutputStream.nullOutputStream()); // the preamble
        }
        else {
            this.current.transferTo(OutputStream.nullOutputStream());
        }
        if (this.finished) {
            return null;
        }
        Map<String, String> headers = readHeaders();
        this.current = new PartStream();
        return new Part(headers, this.current);
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while (!(line = readLine()).isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (!ensure(1)) {
                throw malformed();
            }
            byte b = this.buffer[this.position++];
            if (b == '\n') {
                int length = line.length();
                return (length > 0 && line.charAt(length - 1) == '\r') ? line.substring(0, length - 1)
                        : line.toString();
            }
            line.append((char) (b & 0xff));
            if (line.length() > 16 * 1024) {
                throw malformed();
            }
        }
    }

    /** Makes at least {@code count} bytes available unless the stream ends first. */
    private boolean ensure(int count) throws IOException {
        if (this.limit - this.position >= count) {
            return true;
        }
        if (this.position > 0) {
            System.arraycopy(this.buffer, this.position, this.buffer, 0, this.limit - this.position);
            this.limit -= this.position;
            this.position = 0;
        }
        while (this.limit < count && !this.eof) {
            int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
            if (read < 0) {
                this.eof = true;
            }
            else {
                this.limit += read;
            }
        }
        return this.limit - this.position >= count;
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = this.position; i <= this.limit - this.delimiter.length; i++) {
            for (int j = 0; j < this.delimiter.length; j++) {
                if (this.buffer[i + j] != this.delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static IOException malformed() {
        return new RequestBodyException(new IOException("malformed multipart body"));
    }

    /**
     * One part.
     *
     * @param headers its headers, names lower-cased
     * @param body its content, streamed
     */
    public record Part(Map<String, String> headers, InputStream body) {

        /** The {@code name} of its {@code Content-Disposition}. */
        public @Nullable String name() {
            return dispositionParameter("name");
        }

        public @Nullable String contentType() {
            return this.headers.get("content-type");
        }

        private @Nullable String dispositionParameter(String parameter) {
            String disposition = this.headers.get("content-disposition");
            if (disposition == null) {
                return null;
            }
            for (String item : disposition.split(";")) {
                String trimmed = item.trim();
                if (trimmed.startsWith(parameter + "=")) {
                    String value = trimmed.substring(parameter.length() + 1);
                    return (value.startsWith("\"") && value.endsWith("\"") && value.length() > 1)
                            ? value.substring(1, value.length() - 1) : value;
                }
            }
            return null;
        }
    }

    /** The body of the current part: ends at the next delimiter, which it then consumes. */
    private final class PartStream extends InputStream {

        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return (read < 0) ? -1 : (one[0] & 0xff);
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (this.done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            ensure(MultipartReader.this.delimiter.length + 2);
            int at = indexOfDelimiter();
            int available;
            if (at == MultipartReader.this.position) {
                endOfPart();
                return -1;
            }
            else if (at >= 0) {
                available = at - MultipartReader.this.position;
            }
            else {
                available = MultipartReader.this.limit - MultipartReader.this.position
                        - (MultipartReader.this.delimiter.length - 1);
                if (available <= 0) {
                    throw malformed();
                }
            }
            int count = Math.min(length, available);
            System.arraycopy(MultipartReader.this.buffer, MultipartReader.this.position, target, offset, count);
            MultipartReader.this.position += count;
            return count;
        }

        private void endOfPart() throws IOException {
            this.done = true;
            MultipartReader.this.position += MultipartReader.this.delimiter.length;
            if (!ensure(2)) {
                throw malformed();
            }
            byte first = MultipartReader.this.buffer[MultipartReader.this.position];
            byte second = MultipartReader.this.buffer[MultipartReader.this.position + 1];
            MultipartReader.this.position += 2;
            if (first == '-' && second == '-') {
                MultipartReader.this.finished = true;
            }
            else if (first != '\r' || second != '\n') {
                // Transport padding after a boundary is allowed; skip to the end of the line.
                readLine();
            }
        }
    }
}
