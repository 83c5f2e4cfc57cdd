package dev.lakefs.spring;

/**
 * How to delete a repository, branch, tag or object.
 *
 * @param force delete even in a read-only repository
 */
public record DeleteOptions(boolean force) {

    private static final DeleteOptions DEFAULTS = new DeleteOptions(false);

    /**
     * No force: a read-only repository refuses.
     * @return the default options
     */
    public static DeleteOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options forcing the delete in a read-only repository.
     * @param force whether to act even on a read-only repository
     * @return the options
     */
    public DeleteOptions withForce(boolean force) {
        return new DeleteOptions(force);
    }
}
