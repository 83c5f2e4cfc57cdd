package dev.lakefs.spring.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Objects;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.LakeFSNames;
import dev.lakefs.spring.Ref;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.StoredObject;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.WritableResource;

/**
 * A lakeFS object as a Spring {@link Resource}: {@code lakefs://repository/ref/path}, the counterpart of Spring
 * Cloud AWS's {@code S3Resource} and lakefs-spec's {@code lakefs://} URIs. Readable on any ref; writable only when
 * the ref is a branch (writes upload on close of the {@link #getOutputStream() output stream}).
 * <p>
 * It is not a file: {@link #isFile()} is {@code false} and {@link #getFile()} throws
 * {@link FileNotFoundException}; writers that need a {@code File} write a {@link StagedLakeFSResource}.
 * {@link #getURI()} is percent-encoded ({@link LakeFSUri#toUri()}) and names the same object as a
 * {@code lakefs://} {@code java.nio.file.Path} of that URI. Every call that reads asks lakeFS again (nothing is
 * cached), and inside a branch transaction on the resource's branch it reads and writes the transaction's branch.
 * <p>
 * Resolve locations with a {@link LakeFSProtocolResolver} or a {@link LakeFSResourcePatternResolver}, or create
 * one directly.
 */
public class LakeFSResource extends AbstractResource implements WritableResource {

    private final LakeFS lakeFS;

    private final LakeFSUri uri;

    private volatile @Nullable Boolean onBranch;

    /**
     * Creates a resource for a lakeFS object.
     * @param lakeFS the lakeFS API to read and write through
     * @param uri where the object is
     */
    public LakeFSResource(LakeFS lakeFS, LakeFSUri uri) {
        this.lakeFS = Objects.requireNonNull(lakeFS, "lakeFS");
        this.uri = Objects.requireNonNull(uri, "uri");
    }

    /**
     * Creates a resource for a {@code lakefs://repository/ref/path} location.
     * @param lakeFS the lakeFS API to read and write through
     * @param location the location
     */
    public LakeFSResource(LakeFS lakeFS, String location) {
        this(lakeFS, LakeFSUri.parse(location));
    }

    /**
     * Where the object is.
     * @return the location
     */
    public LakeFSUri lakeFSUri() {
        return this.uri;
    }

    private Repository repository() {
        return this.lakeFS.repository(this.uri.repository());
    }

    /**
     * The object, for reading (through the ref): on a branch with a transaction open in this thread, the
     * transaction's branch, so that a resource reads what the transaction wrote.
     * @return the object handle
     */
    public StoredObject object() {
        return ref().object(this.uri.path());
    }

    @Override
    public boolean exists() {
        return object().exists();
    }

    @Override
    public boolean isReadable() {
        return exists();
    }

    /**
     * Whether the ref is a branch (asked once): objects can only be written on branches.
     * @return whether it exists
     */
    @Override
    public boolean isWritable() {
        Boolean known = this.onBranch;
        if (known == null) {
            known = LakeFSNames.isValidBranchId(this.uri.ref()) && repository().branch(this.uri.ref()).exists();
            this.onBranch = known;
        }
        return known;
    }

    /**
     * A streaming reader of the object.
     * @throws FileNotFoundException when the object does not exist
     * @return a new stream
     */
    @Override
    public InputStream getInputStream() throws IOException {
        try {
            return object().reader().open();
        }
        catch (LakeFSNotFoundException ex) {
            throw notFound(ex);
        }
    }

    /**
     * A stream that uploads the object when closed (nothing is uploaded if it is aborted).
     * @throws IOException when the ref is not a branch
     */
    @Override
    public OutputStream getOutputStream() throws IOException {
        if (!isWritable()) {
            throw new IOException(getDescription() + " is not writable: '" + this.uri.ref()
                    + "' is not an existing branch (tags and commits are read-only)");
        }
        Branch branch = repository().branch(this.uri.ref());
        // WritableResource's contract: closing the stream writes the resource
        return branch.object(this.uri.path()).writer().commitOnClose();
    }

    @Override
    public long contentLength() throws IOException {
        Long size = stat().sizeBytes();
        if (size == null) {
            throw new IOException("lakeFS did not report the size of " + getDescription());
        }
        return size;
    }

    @Override
    public long lastModified() throws IOException {
        return stat().mtime().toEpochMilli();
    }

    private ObjectStats stat() throws FileNotFoundException {
        try {
            return object().stat();
        }
        catch (LakeFSNotFoundException ex) {
            throw notFound(ex);
        }
    }

    private FileNotFoundException notFound(LakeFSNotFoundException cause) {
        FileNotFoundException ex = new FileNotFoundException(getDescription() + " does not exist");
        ex.initCause(cause);
        return ex;
    }

    @Override
    public URI getURI() {
        return this.uri.toUri();
    }

    @Override
    public String getFilename() {
        return this.uri.filename();
    }

    /**
     * A resource at a path relative to this one, on the same ref.
     * @param relativePath the relative path
     * @return the resource
     */
    @Override
    public Resource createRelative(String relativePath) {
        return new LakeFSResource(this.lakeFS, this.uri.resolve(relativePath));
    }

    @Override
    public String getDescription() {
        return "lakeFS object [" + this.uri + "]";
    }

    /**
     * The ref of this resource, as a handle: a {@link Branch} when the ref is spelled like a branch id (object
     * access through a branch follows an open transaction), a plain {@link Ref} for tags, commits and expressions.
     * @return the ref handle
     */
    public Ref ref() {
        return readRef(repository(), this.uri.ref());
    }

    /**
     * The handle that reads objects of {@code ref}: a {@link Branch} when {@code ref} could name one, since reads
     * and listings through a branch are routed into a transaction open on it; a tag or commit id spelled like a
     * branch id reads the same through either handle when no transaction is open on that name.
     */
    static Ref readRef(Repository repository, String ref) {
        return LakeFSNames.isValidBranchId(ref) ? repository.branch(ref) : repository.ref(ref);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof LakeFSResource resource && this.uri.equals(resource.uri)
                && this.lakeFS.client() == resource.lakeFS.client());
    }

    @Override
    public int hashCode() {
        return this.uri.hashCode();
    }
}
