package dev.lakefs.embedded.api.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code RepositoryMetadataSet} request. */
public record RepositoryMetadataSet(@Nullable Map<String, String> metadata) {
}
