package dev.lakefs.spring;

/**
 * How to create a branch, beyond its source.
 *
 * @param existOk when the branch already exists, use it instead of failing (its head is not compared)
 * @param hidden create a hidden branch, left out of branch listings (as transactions do)
 * @param force create it even on a read-only repository
 */
public record CreateBranchOptions(boolean existOk, boolean hidden, boolean force) {

    private static final CreateBranchOptions DEFAULTS = new CreateBranchOptions(false, false, false);

    /**
     * Fail when it exists, visible, no force.
     * @return this createBranchOptions
     */
    public static CreateBranchOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options accepting (or not) an existing branch.
     * @param existOk whether an existing one is accepted as it is
     * @return this createBranchOptions
     */
    public CreateBranchOptions withExistOk(boolean existOk) {
        return new CreateBranchOptions(existOk, this.hidden, this.force);
    }

    /**
     * These options creating a hidden branch.
     * @param hidden whether the branch is hidden
     * @return this createBranchOptions
     */
    public CreateBranchOptions withHidden(boolean hidden) {
        return new CreateBranchOptions(this.existOk, hidden, this.force);
    }

    /**
     * These options forcing creation on a read-only repository.
     * @param force whether to act even on a read-only repository
     * @return this createBranchOptions
     */
    public CreateBranchOptions withForce(boolean force) {
        return new CreateBranchOptions(this.existOk, this.hidden, force);
    }
}
