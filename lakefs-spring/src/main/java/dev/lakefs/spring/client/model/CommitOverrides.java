package dev.lakefs.spring.client.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a revert or cherry-pick writes into its commit instead of the defaults.
 *
 * @param message the commit message, or null for the default
 * @param metadata the commit metadata, or null for the default
 */
public record CommitOverrides(@Nullable String message, @Nullable Map<String, String> metadata) {

    public CommitOverrides {
        metadata = (metadata != null) ? Map.copyOf(metadata) : null;
    }

}
