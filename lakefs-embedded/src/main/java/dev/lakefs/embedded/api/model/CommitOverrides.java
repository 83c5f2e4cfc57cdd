package dev.lakefs.embedded.api.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code CommitOverrides}. */
public record CommitOverrides(@Nullable String message, @Nullable Map<String, String> metadata) {
}
