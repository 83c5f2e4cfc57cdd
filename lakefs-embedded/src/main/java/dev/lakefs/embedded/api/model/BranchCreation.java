package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code BranchCreation} request. */
public record BranchCreation(@Nullable String name, @Nullable String source, @Nullable Boolean force, @Nullable Boolean hidden) {
}
