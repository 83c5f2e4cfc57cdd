package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code copyObject}.
 *
 * @param srcPath the path of the object to copy
 * @param srcRef the reference to copy from, or null for the destination branch
 * @param force whether to copy even into a read-only repository
 * @param shallow whether to share the data instead of copying it (not supported by every server)
 */
public record ObjectCopyCreation(String srcPath, @Nullable String srcRef, boolean force, boolean shallow) {

    /**
     * A deep copy from a reference.
     * @param srcRef the reference to copy from, or null for the destination branch
     * @param srcPath the path of the object to copy
     * @return the copy request
     */
    public static ObjectCopyCreation of(@Nullable String srcRef, String srcPath) {
        return new ObjectCopyCreation(srcPath, srcRef, false, false);
    }

}
