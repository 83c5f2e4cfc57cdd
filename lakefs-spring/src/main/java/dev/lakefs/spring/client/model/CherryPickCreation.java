package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code cherryPick}.
 *
 * @param ref the commit to apply
 * @param parentNumber for a merge commit the 1-based parent to diff against, or null
 * @param commitOverrides message and metadata of the new commit, or null for the defaults
 * @param force whether to apply it even in a read-only repository
 */
public record CherryPickCreation(String ref, @Nullable Integer parentNumber, @Nullable CommitOverrides commitOverrides,
        boolean force) {

    /**
     * Cherry-picks a commit that is not a merge.
     * @param ref the commit to apply
     * @return the cherry-pick request
     */
    public static CherryPickCreation of(String ref) {
        return new CherryPickCreation(ref, null, null, false);
    }

}
