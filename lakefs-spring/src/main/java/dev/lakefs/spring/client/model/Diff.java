package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a diff.
 *
 * @param type the kind of change
 * @param path the object path or common prefix
 * @param pathType whether {@code path} is an object or a common prefix
 * @param sizeBytes the size of the object, for objects
 * @param right the right-side object, when the diff was asked to include it
 */
public record Diff(DiffType type, String path, PathType pathType, @Nullable Long sizeBytes,
        @Nullable DiffObjectStat right) {
}
