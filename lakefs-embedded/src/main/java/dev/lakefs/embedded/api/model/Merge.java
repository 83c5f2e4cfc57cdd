package dev.lakefs.embedded.api.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code Merge} request. */
public record Merge(@Nullable String message, @Nullable Map<String, String> metadata, @Nullable String strategy, @Nullable Boolean force, @Nullable Boolean allowEmpty, @Nullable Boolean squashMerge) {
}
