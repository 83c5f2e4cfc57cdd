package dev.lakefs.embedded.api.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code CommitCreation} request. */
public record CommitCreation(@Nullable String message, @Nullable Map<String, String> metadata, @Nullable Long date, @Nullable Boolean allowEmpty, @Nullable Boolean force) {
}
