package dev.lakefs.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import dev.lakefs.spring.client.model.ObjectCopyCreation;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.io.ObjectReader;
import org.jspecify.annotations.Nullable;

/**
 * An object at a path of a {@link Ref}, for reading: the Python SDK's {@code StoredObject}. Obtained from
 * {@link Ref#object(String)}; making one sends no request. Objects of a {@link Branch} are
 * {@link WritableObject}s.
 * <pre>{@code
 * String text = repo.ref("main").object("text/sample_data.txt").readString();
 * try (ObjectReader in = main.object("big.parquet").reader()) { in.seek(1024); ... }
 * }</pre>
 */
public class StoredObject {

    private final Ref ref;

    private final String path;

    StoredObject(Ref ref, String path) {
        this.ref = ref;
        this.path = path;
    }

    /**
     * The object's path.
     * @return the path
     */
    public String path() {
        return this.path;
    }

    /**
     * The ref the object is read from.
     * @return the ref handle
     */
    public Ref ref() {
        return this.ref;
    }

    /**
     * The repository the object belongs to.
     * @return the repository handle
     */
    public Repository repository() {
        return this.ref.repository();
    }

    final ObjectTransfer transfer() {
        return this.ref.lakeFS().transfer();
    }

    final String repositoryId() {
        return this.ref.repositoryId();
    }

    /**
     * A streaming reader of the whole object: bounded memory, seekable. The read starts on the first
     * {@code read}; a missing object fails there with {@link dev.lakefs.spring.client.LakeFSNotFoundException}.
     * @return the reader
     */
    public ObjectReader reader() {
        return reader(ReadOptions.defaults());
    }

    /**
     * A streaming reader of a byte range of the object, through presigned URLs or not.
     * @param options the options
     * @return the reader
     */
    public ObjectReader reader(ReadOptions options) {
        return transfer().reader(repositoryId(), this.ref.objectRefId(), this.path, options);
    }

    /**
     * A streaming text reader of the whole object in UTF-8: the Python SDK's {@code reader(mode='r')}.
     * <pre>{@code
     * try (BufferedReader csv = main.object("csv/sample_data.csv").textReader()) {
     *     csv.lines().forEach(System.out::println);
     * }
     * }</pre>
     * @return the reader
     */
    public BufferedReader textReader() {
        return textReader(StandardCharsets.UTF_8);
    }

    /**
     * A streaming text reader of the whole object in a charset.
     * @param charset the charset
     * @return the reader
     */
    public BufferedReader textReader(Charset charset) {
        return new BufferedReader(new InputStreamReader(reader(), charset));
    }

    /**
     * The whole object in memory: for small objects only; stream big ones with {@link #reader()}.
     * @return the content
     */
    public byte[] readAllBytes() {
        try (InputStream in = reader()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + this, ex);
        }
    }

    /**
     * The whole object as UTF-8 text: for small objects only.
     * @return the content
     */
    public String readString() {
        return readString(StandardCharsets.UTF_8);
    }

    /**
     * The whole object as text in a charset: for small objects only.
     * @param charset the charset
     * @return the content
     */
    public String readString(Charset charset) {
        return new String(readAllBytes(), charset);
    }

    /**
     * Streams the object to an output stream (which is not closed), with bounded memory.
     * @param out where to write the bytes
     * @return the number of bytes copied
     * @throws IOException when writing to {@code out} fails
     */
    public long transferTo(OutputStream out) throws IOException {
        try (InputStream in = reader()) {
            return in.transferTo(out);
        }
    }

    /**
     * Streams the object into a local file, replacing it; the file appears complete or not at all.
     * @param file the local file
     * @return the number of bytes written
     * @throws IOException when the file cannot be written
     */
    public long downloadTo(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(partial)) {
                size = transferTo(out);
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException ex) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return size;
        }
        finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The object's properties: size, checksum, content type, metadata, mtime, physical address.
     * @return the stored object's stats
     */
    public ObjectStats stat() {
        return transfer().stat(repositoryId(), this.ref.objectRefId(), this.path);
    }

    /**
     * Whether the object exists (a {@code HEAD} request).
     * @return whether it exists
     */
    public boolean exists() {
        return transfer().exists(repositoryId(), this.ref.objectRefId(), this.path);
    }

    /**
     * Copies the object to a branch, keeping its path.
     * @param destination the destination branch
     * @return the copy
     */
    public WritableObject copyTo(Branch destination) {
        return copyTo(destination, this.path);
    }

    /**
     * Copies the object to a path of a branch (a full copy of the data, as the Python SDK's {@code copy}).
     * @param destination the destination branch
     * @param destinationPath the path of the copy
     * @return the copy
     */
    public WritableObject copyTo(Branch destination, String destinationPath) {
        if (!destination.repository().equals(repository())) {
            throw new IllegalArgumentException("lakeFS copies objects within a repository only: cannot copy " + this
                    + " to " + destination);
        }
        WritableObject copy = destination.object(destinationPath);
        ObjectCopyCreation creation = ObjectCopyCreation.of(this.ref.objectRefId(), this.path);
        Blocking.get(this.ref.client().copyObject(destination.repositoryId(), destination.objectRefId(),
                copy.path(), creation));
        return copy;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof StoredObject object && this.ref.equals(object.ref)
                && this.path.equals(object.path));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.ref, this.path);
    }

    /** {@code lakefs://repository/ref/path}. */
    @Override
    public String toString() {
        return this.ref + "/" + this.path;
    }
}
