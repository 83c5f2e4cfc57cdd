package dev.lakefs.spring;

import org.jspecify.annotations.Nullable;

/**
 * How to read an object: a byte range and the presign mode.
 *
 * @param start the first byte to read
 * @param end the byte after the last one to read (exclusive), or {@code -1} for the end of the object
 * @param preSign read through a presigned storage URL ({@code true}), through lakeFS ({@code false}), or as the
 * {@link LakeFSOptions#preSign() client-wide setting} says ({@code null})
 */
public record ReadOptions(long start, long end, @Nullable Boolean preSign) {

    private static final ReadOptions DEFAULTS = new ReadOptions(0, -1, null);

    /** Checks the range. */
    public ReadOptions {
        if (start < 0 || end < -1 || (end != -1 && end < start)) {
            throw new IllegalArgumentException("Invalid byte range [" + start + ", " + end + ")");
        }
    }

    /**
     * The whole object, the client-wide presign setting.
     * @return this readOptions
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Bytes {@code start} (inclusive) to {@code end} (exclusive).
     * @param start the first byte
     * @param end the byte after the last one
     * @return this readOptions
     */
    public static ReadOptions range(long start, long end) {
        return new ReadOptions(start, end, null);
    }

    /**
     * Everything from {@code start} on.
     * @param start the first byte
     * @return this readOptions
     */
    public static ReadOptions from(long start) {
        return new ReadOptions(start, -1, null);
    }

    /**
     * These options choosing presigned ({@code true}) or direct ({@code false}) reads.
     * @param preSign the presign choice
     * @return this readOptions
     */
    public ReadOptions withPreSign(@Nullable Boolean preSign) {
        return new ReadOptions(this.start, this.end, preSign);
    }
}
