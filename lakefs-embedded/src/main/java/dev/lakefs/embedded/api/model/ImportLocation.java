package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code ImportLocation}. */
public record ImportLocation(@Nullable String type, @Nullable String path, @Nullable String destination) {
}
