package dev.lakefs.embedded.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.EntryView;
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
     * Reads from the first key on and, past each common prefix, seeks to the key after everything below it, so a
     * page costs the depth of the tree per item, never the objects it skips.
     */
    public static Page page(EntryView objects, String prefix, String delimiter, String after, int amount) {
        List<Item> items = new ArrayList<>();
        String start = (after.compareTo(prefix) > 0) ? after : prefix;
        Iterator<Map.Entry<String, Entry>> cursor = objects.from(start);
        String lastPrefix = null;
        while (cursor.hasNext()) {
            Map.Entry<String, Entry> object = cursor.next();
            String path = object.getKey();
            if (!path.startsWith(prefix)) {
                break;
            }
            int at = delimiter.isEmpty() ? -1 : path.indexOf(delimiter, prefix.length());
            String key = (at < 0) ? path : path.substring(0, at + delimiter.length());
            if (key.compareTo(after) > 0 && !key.equals(lastPrefix)) {
                if (items.size() == amount) {
                    return new Page(items, true);
                }
                items.add(new Item(key, (at < 0) ? object.getValue() : null));
            }
            if (at >= 0) {
                lastPrefix = key;
                String next = pastPrefix(key);
                if (next != null) {
                    cursor = objects.from(next);
                }
            }
        }
        return new Page(items, false);
    }

    /**
     * The least key greater than every key starting with {@code prefix} (its last character plus one), or null when
     * that character is the largest (then the cursor steps over the prefix's keys one by one).
     */
    private static @Nullable String pastPrefix(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return (last == Character.MAX_VALUE) ? null
                : prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
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
