package dev.lakefs.embedded.api.model;


/** lakeFS's {@code Pagination}. */
public record Pagination(boolean hasMore, String nextOffset, int results, int maxPerPage) {
}
