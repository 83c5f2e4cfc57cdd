package dev.lakefs.spring;

import dev.lakefs.spring.client.LakeFSConflictException;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.model.TagCreation;

/**
 * A lakeFS tag: an immutable name for a commit, the Python SDK's {@code lakefs.Tag}. A read-only {@link Ref}.
 * Obtained from {@link Repository#tag(String)}; making one sends no request.
 */
public final class Tag extends Ref {

    Tag(Repository repository, String id) {
        super(repository, id);
    }

    /**
     * Creates the tag on the commit a ref points at now, failing with {@link LakeFSConflictException} when it
     * exists.
     * @param source the ref whose commit to tag
     * @return this tag
     */
    public Tag create(Ref source) {
        return create(source.id(), false);
    }

    /**
     * Creates the tag on the commit a ref expression points at now, failing when it exists.
     * @param sourceRef the source: a branch, tag, commit id or ref expression
     * @return this tag
     */
    public Tag create(String sourceRef) {
        return create(sourceRef, false);
    }

    /**
     * Creates the tag on the commit a ref expression points at now.
     * @param existOk when the tag exists, keep it as it is instead of failing
     * @param sourceRef the source: a branch, tag, commit id or ref expression
     * @return this tag
     */
    public Tag create(String sourceRef, boolean existOk) {
        LakeFSNames.requireRef(sourceRef);
        try {
            Blocking.get(client().createTag(repositoryId(), TagCreation.of(id(), sourceRef)));
        }
        catch (LakeFSConflictException ex) {
            if (!existOk) {
                throw ex;
            }
        }
        return this;
    }

    /**
     * Whether the tag exists.
     * @return whether it exists
     */
    @Override
    public boolean exists() {
        try {
            Blocking.get(client().getTag(repositoryId(), id()));
            return true;
        }
        catch (LakeFSNotFoundException ex) {
            return false;
        }
    }

    /** Deletes the tag; the commit stays. */
    public void delete() {
        Blocking.run(client().deleteTag(repositoryId(), id(), false));
    }
}
