package dev.lakefs.embedded.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import dev.lakefs.embedded.versioning.Entry;
import org.jspecify.annotations.Nullable;

/**
 * One page of an object listing: recursive without a delimiter; with one, everything below the next delimiter
 * after the prefix folds into a common prefix that ends with the delimiter. Prefixes and objects are paged by key.
 */
public final class ObjectListing {

    private ObjectListing() {
    }

    /**
     * One page of {@code objects}: the keys under {@code prefix} after {@code after}, at most {@code amount} of them.
     */
    public static Page page(NavigableMap<String, Entry> objects, String prefix, String delimiter, String after, int amount) {
        List<Item> items = new ArrayList<>();
        String start = (after.compareTo(prefix) > 0) ? after : prefix;
        String lastPrefix = null;
        for (Map.Entry<String, Entry> object : objects.tailMap(start, true).entrySet()) {
            String path = object.getKey();
            if (!path.startsWith(prefix)) {
                break;
            }
            int at = delimiter.isEmpty() ? -1 : path.indexOf(delimiter, prefix.length());
            String key = (at < 0) ? path : path.substring(0, at + delimiter.length());
            if (key.compareTo(after) <= 0 || key.equals(lastPrefix)) {
                continue;
            }
            if (items.size() == amount) {
                return new Page(items, true);
            }
            if (at >= 0) {
                lastPrefix = key;
                items.add(new Item(key, null));
            }
            else {
                items.add(new Item(key, object.getValue()));
            }
        }
        return new Page(items, false);
    }

    /**
     * A listing page.
     *
     * @param items the objects and common prefixes, sorted by key
     * @param hasMore whether more follow
     */
    public record Page(List<Item> items, boolean hasMore) {
    }

    /**
     * A listing item.
     *
     * @param key the path or common prefix
     * @param entry the object, null for a common prefix
     */
    public record Item(String key, @Nullable Entry entry) {
    }
}
