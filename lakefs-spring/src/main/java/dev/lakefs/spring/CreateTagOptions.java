package dev.lakefs.spring;

/**
 * How to create a tag, beyond its source.
 *
 * @param existOk when the tag already exists, keep it instead of failing (its commit is not compared)
 * @param force create it even in a read-only repository (it never moves an existing tag)
 */
public record CreateTagOptions(boolean existOk, boolean force) {

    private static final CreateTagOptions DEFAULTS = new CreateTagOptions(false, false);

    /**
     * Fail when it exists, no force.
     * @return the default options
     */
    public static CreateTagOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options accepting (or not) an existing tag.
     * @param existOk whether an existing one is accepted as it is
     * @return the options
     */
    public CreateTagOptions withExistOk(boolean existOk) {
        return new CreateTagOptions(existOk, this.force);
    }

    /**
     * These options forcing creation in a read-only repository.
     * @param force whether to act even on a read-only repository
     * @return the options
     */
    public CreateTagOptions withForce(boolean force) {
        return new CreateTagOptions(this.existOk, force);
    }
}
