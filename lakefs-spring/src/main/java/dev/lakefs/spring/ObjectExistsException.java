package dev.lakefs.spring;

import dev.lakefs.spring.client.LakeFSPreconditionFailedException;
import org.jspecify.annotations.Nullable;

/**
 * An "if absent" write ({@code If-None-Match: *}, {@link WriteOptions#withIfAbsent(boolean)}) found the path already
 * present on the branch, staged or committed; nothing was written. The counterpart of the Python SDK's
 * {@code ObjectExistsException}. A {@link LakeFSPreconditionFailedException} (412), so code that catches the
 * low-level type still works.
 */
public class ObjectExistsException extends LakeFSPreconditionFailedException {

    private static final long serialVersionUID = 1L;

    private final String repository;

    private final String branch;

    private final String path;

    ObjectExistsException(String repository, String branch, String path, @Nullable LakeFSPreconditionFailedException cause) {
        super("Object '" + path + "' already exists on branch '" + branch + "' of repository '" + repository
                + "'; an if-absent write does not replace it",
                (cause != null) ? cause.getServerMessage() : "path already exists",
                (cause != null) ? cause.getOperationId() : null, (cause != null) ? cause.getRequestId() : null, cause);
        this.repository = repository;
        this.branch = branch;
        this.path = path;
    }

    /**
     * The repository id.
     * @return the repository id
     */
    public String getRepository() {
        return this.repository;
    }

    /**
     * The branch written to.
     * @return the branch id
     */
    public String getBranch() {
        return this.branch;
    }

    /**
     * The object path that already exists.
     * @return the path
     */
    public String getPath() {
        return this.path;
    }
}
