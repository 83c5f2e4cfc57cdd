package dev.lakefs.embedded.api.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code StagingMetadata} request. */
public record StagingMetadata(@Nullable StagingLocation staging, @Nullable String checksum, @Nullable Long sizeBytes, @Nullable Map<String, String> userMetadata, @Nullable String contentType, @Nullable Long mtime, @Nullable Boolean force) {
}
