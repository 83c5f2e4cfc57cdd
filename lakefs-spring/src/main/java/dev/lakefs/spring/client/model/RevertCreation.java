package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code revertBranch}.
 *
 * @param ref the commit to revert
 * @param parentNumber for a merge commit the 1-based parent to revert against, else 0
 * @param commitOverrides message and metadata of the revert commit, or null for the defaults
 * @param force whether to revert even in a read-only repository
 * @param allowEmpty whether a revert that changes nothing still commits
 */
public record RevertCreation(String ref, int parentNumber, @Nullable CommitOverrides commitOverrides, boolean force,
        boolean allowEmpty) {

    /**
     * Reverts a commit that is not a merge.
     * @param ref the commit to revert
     * @return the revert request
     */
    public static RevertCreation of(String ref) {
        return new RevertCreation(ref, 0, null, false, false);
    }

}
