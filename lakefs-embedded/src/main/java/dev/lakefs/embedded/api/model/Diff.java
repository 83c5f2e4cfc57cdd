package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code Diff}. */
public record Diff(String type, String path, String pathType, @Nullable Long sizeBytes, @Nullable DiffObjectStat right) {
}
