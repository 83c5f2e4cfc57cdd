package dev.lakefs.spring.client.model;

import java.time.Instant;
import java.util.Map;

/**
 * The right-side object of a {@link Diff}, when asked for.
 *
 * @param checksum the object checksum
 * @param mtime the modification time
 * @param contentType the object media type
 * @param metadata the object user metadata
 */
public record DiffObjectStat(String checksum, Instant mtime, String contentType, Map<String, String> metadata) {

    public DiffObjectStat {
        metadata = ModelCollections.copyOf(metadata);
    }

}
