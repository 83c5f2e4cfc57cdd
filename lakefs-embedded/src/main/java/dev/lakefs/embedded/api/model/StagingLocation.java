package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code StagingLocation}. */
public record StagingLocation(@Nullable String physicalAddress, @Nullable String presignedUrl, @Nullable Long presignedUrlExpiry) {
}
