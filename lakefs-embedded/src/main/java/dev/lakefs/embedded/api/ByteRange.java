package dev.lakefs.embedded.api;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lakefs.embedded.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * One byte range of a {@code Range} header, resolved against an object's size as lakeFS does: {@code a-b},
 * {@code a-} or {@code -n}; an end past the size is clamped; several ranges, or a range starting past the end,
 * are unsatisfiable (416).
 *
 * @param start first byte, inclusive
 * @param end last byte, inclusive
 */
record ByteRange(long start, long end) {

    /** The spec's pattern for the header; anything else is a validation error (400). */
    private static final Pattern HEADER = Pattern.compile("^bytes=((\\d*-\\d*,? ?)+)$");

    private static final Pattern SINGLE = Pattern.compile("^(\\d*)-(\\d*)$");

    long length() {
        return this.end - this.start + 1;
    }

    String contentRange(long size) {
        return "bytes " + this.start + "-" + this.end + "/" + size;
    }

    /** The range a header asks for, or null when there is no header. */
    static @Nullable ByteRange parse(@Nullable String header, long size) {
        if (header == null || header.isEmpty()) {
            return null;
        }
        Matcher matcher = HEADER.matcher(header);
        if (!matcher.matches()) {
            throw ApiException.badRequest("parameter \"Range\" in header has an error: string doesn't match the "
                    + "regular expression \"^bytes=((\\d*-\\d*,? ?)+)$\"");
        }
        Matcher single = SINGLE.matcher(matcher.group(1).trim());
        if (!single.matches() || (single.group(1).isEmpty() && single.group(2).isEmpty())) {
            throw unsatisfiable(size);
        }
        long start;
        long end;
        if (single.group(1).isEmpty()) {
            long suffix = number(single.group(2), size);
            if (suffix == 0) {
                throw unsatisfiable(size);
            }
            start = Math.max(0, size - suffix);
            end = size - 1;
        }
        else {
            start = number(single.group(1), size);
            end = single.group(2).isEmpty() ? size - 1 : Math.min(number(single.group(2), size), size - 1);
        }
        if (start >= size || start > end) {
            throw unsatisfiable(size);
        }
        return new ByteRange(start, end);
    }

    /**
     * A position of the header; one beyond {@code long} is unsatisfiable, as lakeFS answers any range it cannot
     * parse.
     */
    private static long number(String digits, long size) {
        try {
            return Long.parseLong(digits);
        }
        catch (NumberFormatException ex) {
            throw unsatisfiable(size);
        }
    }

    static ApiException unsatisfiable(long size) {
        return new ApiException(416, "Requested Range Not Satisfiable", null,
                Map.of("Content-Range", "bytes */" + size));
    }
}
