package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code User}. */
public record User(String id, long creationDate, @Nullable String friendlyName, @Nullable String email) {
}
