package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code BranchProtectionRule}: a glob pattern on branch names. */
public record BranchProtectionRule(@Nullable String pattern) {
}
