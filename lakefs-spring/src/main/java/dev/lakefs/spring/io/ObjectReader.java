package dev.lakefs.spring.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * A streaming, seekable {@link InputStream} over a lakeFS object.
 * <p>
 * Unlike the Python SDK's reader, which sends one ranged request per {@code read(n)}, this reader opens one
 * streaming response from its current position and reads it through; {@link #seek(long) seeking} closes that
 * response and the next read opens a new one at the new position ({@code Range: bytes=pos-}). Short forward seeks
 * are served by reading ahead instead. Memory stays bounded by the opener's buffering, whatever the object's size.
 * <p>
 * Positions are absolute offsets into the object. A reader created for a byte range starts at the range's first
 * byte and reports end of stream after its last one.
 */
public final class ObjectReader extends InputStream {

    /** Forward seeks up to this many bytes read ahead on the open response instead of opening a new one. */
    private static final long READ_AHEAD_LIMIT = 256 * 1024;

    private final RangeOpener opener;

    private final LongSupplier sizeSupplier;

    private final long end;

    private long position;

    private @Nullable InputStream current;

    private long knownSize = -1;

    private boolean closed;

    /**
     * Creates a reader.
     * @param opener opens the object's bytes from an offset
     * @param sizeSupplier the object's size, asked only when needed (seeking from the end, {@link #size()})
     * @param start the first offset to read
     * @param end the offset after the last byte to read, or {@code -1} for the end of the object
     */
    public ObjectReader(RangeOpener opener, LongSupplier sizeSupplier, long start, long end) {
        if (start < 0 || (end >= 0 && end < start)) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
        this.opener = opener;
        this.sizeSupplier = sizeSupplier;
        this.position = start;
        this.end = end;
    }

    /** Opens the bytes of an object from an offset. */
    @FunctionalInterface
    public interface RangeOpener {

        /**
         * Opens a stream of the object's bytes.
         * @param offset the first byte
         * @param lastInclusive the last byte, or {@code -1} for the end of the object
         * @return the bytes; an empty stream when {@code offset} is at or beyond the end of the object
         * @throws IOException when the stream cannot be opened
         */
        InputStream open(long offset, long lastInclusive) throws IOException;
    }

    @Override
    public int read() throws IOException {
        byte[] single = new byte[1];
        int n = read(single, 0, 1);
        return (n == -1) ? -1 : (single[0] & 0xFF);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        long remaining = remaining();
        if (remaining == 0) {
            return -1;
        }
        int wanted = (remaining > 0) ? (int) Math.min(length, remaining) : length;
        int n = stream().read(buffer, offset, wanted);
        if (n > 0) {
            this.position += n;
        }
        return n;
    }

    /** Bytes left before the range end, or -1 when reading to the end of the object. */
    private long remaining() {
        return (this.end < 0) ? -1 : Math.max(0, this.end - this.position);
    }

    /**
     * Opens the response now rather than at the first read, so that a missing object fails here.
     * @return this reader
     * @throws IOException when the object cannot be opened
     */
    public ObjectReader open() throws IOException {
        ensureOpen();
        stream();
        return this;
    }

    private InputStream stream() throws IOException {
        InputStream stream = this.current;
        if (stream == null) {
            stream = this.opener.open(this.position, (this.end < 0) ? -1 : this.end - 1);
            this.current = stream;
        }
        return stream;
    }

    /**
     * Moves to an absolute offset in the object; the next read starts there.
     * @param newPosition the offset, at least 0; beyond the end, reads report end of stream
     * @throws IOException when the reader is closed or the position is negative
     */
    public void seek(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IOException("Cannot seek to a negative position: " + newPosition);
        }
        long distance = newPosition - this.position;
        if (distance == 0) {
            return;
        }
        InputStream stream = this.current;
        if (stream != null && distance > 0 && distance <= READ_AHEAD_LIMIT && (this.end < 0 || newPosition <= this.end)) {
            long skipped = readAhead(stream, distance);
            this.position += skipped;
            if (skipped == distance) {
                return;
            }
        }
        closeCurrent();
        this.position = newPosition;
    }

    private static long readAhead(InputStream stream, long distance) throws IOException {
        byte[] discard = new byte[(int) Math.min(distance, 16 * 1024)];
        long skipped = 0;
        while (skipped < distance) {
            int n = stream.read(discard, 0, (int) Math.min(discard.length, distance - skipped));
            if (n < 0) {
                break;
            }
            skipped += n;
        }
        return skipped;
    }

    /**
     * Moves relative to the end of the object: {@code seekFromEnd(10)} positions 10 bytes before the end.
     * @param bytesBeforeEnd how many bytes before the end
     * @throws IOException when the reader is closed
     */
    public void seekFromEnd(long bytesBeforeEnd) throws IOException {
        seek(Math.max(0, size() - bytesBeforeEnd));
    }

    /**
     * The current absolute offset.
     * @return the number of bytes
     */
    public long position() {
        return this.position;
    }

    /**
     * The object's size in bytes (asked from lakeFS once, when first needed).
     * @return the number of bytes
     */
    public long size() {
        if (this.knownSize < 0) {
            this.knownSize = this.sizeSupplier.getAsLong();
        }
        return this.knownSize;
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        long target = this.position + n;
        if (this.end >= 0) {
            target = Math.min(target, this.end);
        }
        long before = this.position;
        seek(target);
        return this.position - before;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        InputStream stream = this.current;
        return (stream != null) ? stream.available() : 0;
    }

    @Override
    public void close() throws IOException {
        if (!this.closed) {
            this.closed = true;
            closeCurrent();
        }
    }

    private void closeCurrent() throws IOException {
        InputStream stream = this.current;
        this.current = null;
        if (stream != null) {
            stream.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (this.closed) {
            throw new IOException("Stream closed");
        }
    }
}
