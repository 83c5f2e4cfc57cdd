package dev.lakefs.embedded.api.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code UpdateObjectUserMetadata} request. */
public record UpdateObjectUserMetadata(@Nullable Map<String, String> set) {
}
