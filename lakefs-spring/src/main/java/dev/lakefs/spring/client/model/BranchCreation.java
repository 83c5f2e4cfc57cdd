package dev.lakefs.spring.client.model;

/**
 * The body of {@code createBranch}.
 *
 * @param name the new branch id, matching {@code ^\w[-\w]*$}
 * @param source the reference to branch from
 * @param force whether to create it even in a read-only repository
 * @param hidden whether listings hide the branch unless asked
 */
public record BranchCreation(String name, String source, boolean force, boolean hidden) {

    /**
     * A visible branch.
     * @param name the new branch id
     * @param source the reference to branch from
     * @return the creation request
     */
    public static BranchCreation of(String name, String source) {
        return new BranchCreation(name, source, false, false);
    }

}
