package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * A single HTTP byte range of an object ({@code Range: bytes=...}).
 *
 * @param first the first byte (0-based), or null for a suffix range
 * @param last the last byte (inclusive), or null for "to the end" (or, for a suffix range, the length of the
 * suffix)
 */
public record ByteRange(@Nullable Long first, @Nullable Long last) {

    public ByteRange {
        if (first == null && last == null) {
            throw new IllegalArgumentException("A byte range needs a first byte, a last byte or both");
        }
        if (first != null && first < 0 || last != null && last < 0) {
            throw new IllegalArgumentException("Byte positions must not be negative");
        }
        if (first != null && last != null && last < first) {
            throw new IllegalArgumentException("The last byte " + last + " lies before the first byte " + first);
        }
    }

    /**
     * Bytes {@code first} to {@code last}, both included.
     * @param first the first byte
     * @param last the last byte
     * @return the range
     */
    public static ByteRange of(long first, long last) {
        return new ByteRange(first, last);
    }

    /**
     * Bytes from {@code first} to the end.
     * @param first the first byte
     * @return the range
     */
    public static ByteRange from(long first) {
        return new ByteRange(first, null);
    }

    /**
     * The last {@code length} bytes.
     * @param length how many bytes at the end
     * @return the range
     */
    public static ByteRange lastBytes(long length) {
        return new ByteRange(null, length);
    }

    /**
     * The value of the {@code Range} header.
     * @return e.g. {@code bytes=0-99}
     */
    public String toHeaderValue() {
        return "bytes=" + ((this.first != null) ? this.first : "") + "-" + ((this.last != null) ? this.last : "");
    }

}
