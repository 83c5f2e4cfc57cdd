package dev.lakefs.spring.client.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code linkPhysicalAddress}: data already written to a staging location.
 *
 * @param staging the location the data was written to
 * @param checksum the content checksum (typically the storage's ETag)
 * @param sizeBytes the size in bytes
 * @param userMetadata the user metadata
 * @param contentType the media type, or null
 * @param mtime the modification time to record, or null (servers may ignore it)
 * @param force whether to link even in a read-only repository
 */
public record StagingMetadata(StagingLocation staging, String checksum, long sizeBytes,
        Map<String, String> userMetadata, @Nullable String contentType, @Nullable Instant mtime, boolean force) {

    public StagingMetadata {
        userMetadata = ModelCollections.copyOf(userMetadata);
    }

}
