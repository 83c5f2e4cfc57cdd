package dev.lakefs.embedded.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.lakefs.embedded.api.model.ListResult;
import dev.lakefs.embedded.api.model.Pagination;
import org.jspecify.annotations.Nullable;

/** lakeFS pagination: {@code after} is exclusive, {@code next_offset} is the last key when there is more, else "". */
final class Pages {

    /** lakeFS reports this as {@code max_per_page} on every list. */
    static final int MAX_PER_PAGE = 1000;

    private Pages() {
    }

    /** A page of items sorted by key, starting after the key {@code after}. */
    static <T, R> ListResult<R> byKey(Iterable<T> sorted, Function<T, String> key, @Nullable String after, int amount,
            Function<T, R> mapper) {
        List<T> page = new ArrayList<>();
        boolean hasMore = false;
        for (T item : sorted) {
            if (after != null && !after.isEmpty() && key.apply(item).compareTo(after) <= 0) {
                continue;
            }
            if (page.size() == amount) {
                hasMore = true;
                break;
            }
            page.add(item);
        }
        return result(page, hasMore, key, mapper);
    }

    /** A page of items in their own order (the commit log), starting after the item whose key is {@code after}. */
    static <T, R> ListResult<R> afterItem(List<T> ordered, Function<T, String> key, @Nullable String after,
            int amount, Function<T, R> mapper) {
        int start = 0;
        if (after != null && !after.isEmpty()) {
            for (int i = 0; i < ordered.size(); i++) {
                if (key.apply(ordered.get(i)).equals(after)) {
                    start = i + 1;
                    break;
                }
            }
        }
        int end = Math.min(ordered.size(), start + amount);
        return result(ordered.subList(start, end), end < ordered.size(), key, mapper);
    }

    static <T, R> ListResult<R> result(List<T> page, boolean hasMore, Function<T, String> key,
            Function<T, R> mapper) {
        String next = (hasMore && !page.isEmpty()) ? key.apply(page.get(page.size() - 1)) : "";
        return new ListResult<>(new Pagination(hasMore, next, page.size(), MAX_PER_PAGE),
                page.stream().map(mapper).toList());
    }
}
