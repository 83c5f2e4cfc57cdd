package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code ObjectCopyCreation} request. */
public record ObjectCopyCreation(@Nullable String srcPath, @Nullable String srcRef, @Nullable Boolean force, @Nullable Boolean shallow) {
}
