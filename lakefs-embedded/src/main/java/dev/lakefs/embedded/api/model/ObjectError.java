package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code ObjectError}: one path of a bulk delete that failed. */
public record ObjectError(int statusCode, String message, @Nullable String path) {
}
