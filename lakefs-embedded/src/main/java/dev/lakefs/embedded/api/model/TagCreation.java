package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code TagCreation} request. */
public record TagCreation(@Nullable String id, @Nullable String ref, @Nullable Boolean force) {
}
