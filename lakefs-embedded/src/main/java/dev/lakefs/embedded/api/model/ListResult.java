package dev.lakefs.embedded.api.model;

import java.util.List;

/**
 * lakeFS's paginated lists ({@code RepositoryList}, {@code RefList}, {@code CommitList}, {@code DiffList},
 * {@code ObjectStatsList}): they all share this shape.
 *
 * @param <T> the item type
 * @param pagination the page information
 * @param results the items of this page
 */
public record ListResult<T>(Pagination pagination, List<T> results) {
}
