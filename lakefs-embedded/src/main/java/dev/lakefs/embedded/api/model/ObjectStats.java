package dev.lakefs.embedded.api.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code ObjectStats}; prefixes in delimited listings have only the required fields. */
public record ObjectStats(String path, String pathType, String physicalAddress, @Nullable Long physicalAddressExpiry, String checksum, @Nullable Long sizeBytes, long mtime, @Nullable Map<String, String> metadata, @Nullable String contentType) {
}
