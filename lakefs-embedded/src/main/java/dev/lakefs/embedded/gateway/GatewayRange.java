package dev.lakefs.embedded.gateway;

import org.jspecify.annotations.Nullable;

/**
 * A {@code Range} (or {@code x-amz-copy-source-range}) header as lakeFS's {@code httputil.ParseRange} reads it: one
 * range only; a malformed header is ignored (the whole object is sent), an unsatisfiable one is refused.
 *
 * @param start first byte, inclusive
 * @param end last byte, inclusive
 */
record GatewayRange(long start, long end) {

    long length() {
        return this.end - this.start + 1;
    }

    String contentRange(long size) {
        return "bytes " + this.start + "-" + this.end + "/" + size;
    }

    /**
     * The range a header asks for of an object of {@code size} bytes; null when there is no header or it is
     * malformed; {@link Unsatisfiable} when it cannot be served.
     */
    static @Nullable GatewayRange parse(String header, long size) throws Unsatisfiable {
        if (!header.startsWith("bytes=")) {
            return null;
        }
        String spec = header.substring("bytes=".length());
        int dash = spec.indexOf('-');
        if (spec.contains(",") || dash < 0) {
            return null;
        }
        String from = spec.substring(0, dash).trim();
        String to = spec.substring(dash + 1).trim();
        if (from.isEmpty() && to.isEmpty()) {
            return null;
        }
        if (from.isEmpty()) {
            Long suffix = number(to);
            if (suffix == null) {
                return null;
            }
            if (suffix == 0) {
                throw new Unsatisfiable();
            }
            return new GatewayRange(Math.max(0, size - suffix), size - 1);
        }
        Long start = number(from);
        if (start == null) {
            return null;
        }
        Long end = to.isEmpty() ? Long.valueOf(size - 1) : number(to);
        if (end == null || (!to.isEmpty() && start > end)) {
            return null;
        }
        if (start > size - 1) {
            throw new Unsatisfiable();
        }
        return new GatewayRange(start, Math.min(end, size - 1));
    }

    /** Go's {@code strconv.ParseInt(text, 10, 64)} for what a range may hold: ASCII digits, an optional '+'. */
    private static @Nullable Long number(String text) {
        String digits = text.startsWith("+") ? text.substring(1) : text;
        if (digits.isEmpty() || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return Long.parseLong(digits);
        }
        catch (NumberFormatException ex) {
            // beyond a long: Go's ParseInt fails too, and lakeFS then ignores the header
            return null;
        }
    }

    /** The range starts past the end of the object. */
    static final class Unsatisfiable extends Exception {

        Unsatisfiable() {
            super("The requested range is not satisfiable", null, false, false);
        }
    }
}
