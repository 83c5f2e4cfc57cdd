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
        return create(source.id(), CreateTagOptions.defaults());
    }

    /**
     * Creates the tag on the commit a ref expression points at now, failing when it exists.
     * @param sourceRef the source: a branch, tag, commit id or ref expression
     * @return this tag
     */
    public Tag create(String sourceRef) {
        return create(sourceRef, CreateTagOptions.defaults());
    }

    /**
     * Creates the tag on the commit a ref points at now: exist-ok and force from the options.
     * @param source the ref whose commit to tag
     * @param options the options
     * @return this tag
     */
    public Tag create(Ref source, CreateTagOptions options) {
        return create(source.id(), options);
    }

    /**
     * Creates the tag on the commit a ref expression points at now. With {@link CreateTagOptions#existOk() existOk},
     * an existing tag is kept as it is (the Python SDK's {@code exist_ok=True}).
     * @param sourceRef the source: a branch, tag, commit id or ref expression
     * @param options the options
     * @return this tag
     */
    public Tag create(String sourceRef, CreateTagOptions options) {
        LakeFSNames.requireRef(sourceRef);
        try {
            Blocking.get(client().createTag(repositoryId(), new TagCreation(id(), sourceRef, options.force())));
        }
        catch (LakeFSConflictException ex) {
            if (!options.existOk()) {
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
        delete(DeleteOptions.defaults());
    }

    /**
     * Deletes the tag; the commit stays.
     * @param options force from the options
     */
    public void delete(DeleteOptions options) {
        Blocking.run(client().deleteTag(repositoryId(), id(), options.force()));
    }
}
