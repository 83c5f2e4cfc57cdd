package dev.lakefs.embedded.api.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code RepositoryMetadataKeys} request. */
public record RepositoryMetadataKeys(@Nullable List<String> keys) {
}
