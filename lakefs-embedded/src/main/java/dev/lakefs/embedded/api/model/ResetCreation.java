package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code ResetCreation} request. */
public record ResetCreation(@Nullable String type, @Nullable String path, @Nullable Boolean force) {
}
