package dev.lakefs.spring.client.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An object (or, in delimited listings, a common prefix) and its properties.
 *
 * @param path the object path
 * @param pathType whether this is an object or a common prefix
 * @param physicalAddress where the data lives, or a presigned HTTP URL when asked for one
 * @param physicalAddressExpiry when a presigned {@code physicalAddress} expires, or null
 * @param checksum the content checksum (the ETag without quotes)
 * @param sizeBytes the size in bytes (always set by the server for objects)
 * @param mtime the modification time
 * @param metadata the user metadata (keys lower-cased by the server)
 * @param contentType the media type
 */
public record ObjectStats(String path, PathType pathType, String physicalAddress, @Nullable Instant physicalAddressExpiry,
        String checksum, @Nullable Long sizeBytes, Instant mtime, Map<String, String> metadata,
        @Nullable String contentType) {

    public ObjectStats {
        metadata = ModelCollections.copyOf(metadata);
    }

}
