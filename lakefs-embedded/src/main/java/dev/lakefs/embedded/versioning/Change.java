package dev.lakefs.embedded.versioning;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two states, seen from the right side.
 *
 * @param type {@code added}, {@code removed}, {@code changed} or {@code prefix_changed}
 * @param path the object path, or a common prefix ending with the delimiter
 * @param left the entry before (null when added or for a prefix)
 * @param right the entry after (null when removed or for a prefix)
 */
public record Change(String type, String path, @Nullable Entry left, @Nullable Entry right) {

    public boolean isPrefix() {
        return this.type.equals("prefix_changed");
    }
}
