package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code resetBranch}: which uncommitted changes to discard.
 *
 * @param type what to reset
 * @param path the object path or prefix, for {@link ResetType#OBJECT} and {@link ResetType#COMMON_PREFIX}
 * @param force whether to reset even in a read-only repository
 */
public record ResetCreation(ResetType type, @Nullable String path, boolean force) {

    /**
     * Discards every uncommitted change.
     * @return the reset request
     */
    public static ResetCreation all() {
        return new ResetCreation(ResetType.RESET, null, false);
    }

    /**
     * Discards the uncommitted change of one object.
     * @param path the object path
     * @return the reset request
     */
    public static ResetCreation object(String path) {
        return new ResetCreation(ResetType.OBJECT, path, false);
    }

    /**
     * Discards the uncommitted changes under a prefix.
     * @param prefix the path prefix
     * @return the reset request
     */
    public static ResetCreation prefix(String prefix) {
        return new ResetCreation(ResetType.COMMON_PREFIX, prefix, false);
    }

}
