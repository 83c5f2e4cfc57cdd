package dev.lakefs.spring.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where to write an object's data before linking it ({@code getPhysicalAddress}).
 *
 * @param physicalAddress the address to write to, and to pass back to {@code linkPhysicalAddress}
 * @param presignedUrl an HTTP URL to {@code PUT} the data to, when a presigned one was asked for
 * @param presignedUrlExpiry when {@code presignedUrl} expires, or null
 */
public record StagingLocation(@Nullable String physicalAddress, @Nullable String presignedUrl,
        @Nullable Instant presignedUrlExpiry) {
}
