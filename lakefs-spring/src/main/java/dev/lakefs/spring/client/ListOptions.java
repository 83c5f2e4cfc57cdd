package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * Which part of a listing to fetch, and how. Listings are lazy: pages of {@code pageSize} entries are requested
 * one after another, following the server's {@code next_offset}, only as far as the subscriber consumes and at
 * most {@code max} entries.
 *
 * @param prefix only entries whose key starts with this, or null
 * @param after only entries whose key sorts after this (exclusive), or null
 * @param delimiter groups object paths into common prefixes at this delimiter (objects and diffs only), or null
 * @param pageSize how many entries to request per page (1 to 1000)
 * @param max the most entries to return in total
 */
public record ListOptions(@Nullable String prefix, @Nullable String after, @Nullable String delimiter, int pageSize,
        long max) {

    /** The largest page the lakeFS API serves. */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final ListOptions DEFAULTS = new ListOptions(null, null, null, MAX_PAGE_SIZE, Long.MAX_VALUE);

    public ListOptions {
        validatePaging(pageSize, max);
    }

    /**
     * Everything, in pages of {@value #MAX_PAGE_SIZE}.
     * @return the default options
     */
    public static ListOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Entries under a prefix.
     * @param prefix the key prefix
     * @return the options
     */
    public static ListOptions prefixed(@Nullable String prefix) {
        return DEFAULTS.withPrefix(prefix);
    }

    /**
     * These options with a prefix.
     * @param prefix the key prefix, or null
     * @return new options
     */
    public ListOptions withPrefix(@Nullable String prefix) {
        return new ListOptions(prefix, this.after, this.delimiter, this.pageSize, this.max);
    }

    /**
     * These options starting after a key.
     * @param after the key to start after (exclusive), or null
     * @return new options
     */
    public ListOptions withAfter(@Nullable String after) {
        return new ListOptions(this.prefix, after, this.delimiter, this.pageSize, this.max);
    }

    /**
     * These options with a delimiter.
     * @param delimiter the delimiter, e.g. {@code /}, or null for a recursive listing
     * @return new options
     */
    public ListOptions withDelimiter(@Nullable String delimiter) {
        return new ListOptions(this.prefix, this.after, delimiter, this.pageSize, this.max);
    }

    /**
     * These options with another page size.
     * @param pageSize entries per request (1 to 1000)
     * @return new options
     */
    public ListOptions withPageSize(int pageSize) {
        return new ListOptions(this.prefix, this.after, this.delimiter, pageSize, this.max);
    }

    /**
     * These options returning at most {@code max} entries.
     * @param max the most entries to return
     * @return new options
     */
    public ListOptions withMax(long max) {
        return new ListOptions(this.prefix, this.after, this.delimiter, this.pageSize, max);
    }

    static void validatePaging(int pageSize, long max) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", but was " + pageSize);
        }
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative, but was " + max);
        }
    }

}
