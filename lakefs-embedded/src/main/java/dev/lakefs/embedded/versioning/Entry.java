package dev.lakefs.embedded.versioning;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An object version as lakeFS's catalog keeps it.
 *
 * @param physicalAddress the address reported to clients (a linked address keeps its signature)
 * @param blobAddress where the content is stored in the server's blob store
 * @param checksum lowercase hex MD5 (or the checksum a client linked with)
 * @param sizeBytes the size
 * @param mtime modification time, Unix seconds
 * @param contentType the media type
 * @param metadata user metadata, keys lower-cased
 */
public record Entry(String physicalAddress, String blobAddress, String checksum, long sizeBytes, long mtime,
        String contentType, Map<String, String> metadata) {

    public Entry {
        metadata = Map.copyOf(metadata);
        // Every upload brings its content type as a new string; a million versions need only a few of them.
        contentType = contentType.intern();
    }

    /**
     * Whether two entries are the same object for lakeFS: equal size, checksum, user metadata and content type.
     * Re-staging an identical object is "no change".
     */
    public static boolean sameIdentity(@Nullable Entry left, @Nullable Entry right) {
        if (left == null || right == null) {
            return left == right;
        }
        return left.sizeBytes == right.sizeBytes && left.checksum.equals(right.checksum)
                && left.metadata.equals(right.metadata) && Objects.equals(left.contentType, right.contentType);
    }

    /** A copy with other user metadata. */
    public Entry withMetadata(Map<String, String> newMetadata) {
        return new Entry(this.physicalAddress, this.blobAddress, this.checksum, this.sizeBytes, this.mtime,
                this.contentType, newMetadata);
    }
}
