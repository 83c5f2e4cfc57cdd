package dev.lakefs.spring.client;

import java.util.List;

/**
 * One page of a lakeFS listing: the spec's {@code *List} models share this shape.
 */
record Page<T>(Pagination pagination, List<T> results) {

    Page {
        results = (results != null) ? results : List.of();
    }

    boolean hasNext() {
        return this.pagination != null && this.pagination.hasMore() && this.pagination.nextOffset() != null
                && !this.pagination.nextOffset().isEmpty();
    }

    /**
     * The spec's {@code Pagination} model.
     */
    record Pagination(boolean hasMore, String nextOffset, int results, int maxPerPage) {
    }

}
