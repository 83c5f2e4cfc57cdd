package dev.lakefs.spring.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import dev.lakefs.spring.WriteOptions;
import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * A local file that becomes a lakeFS object when {@link #publish() published}: for writers that need a
 * {@link java.io.File} rather than an output stream, such as Spring Batch's {@code FlatFileItemWriter}, which
 * opens {@code getFile()} with a {@code FileOutputStream} and repositions its channel on restart.
 * <pre>{@code
 * StagedLakeFSResource output = StagedLakeFSResource.of(target); // target: a lakefs:// LakeFSResource on a branch
 * writer.setResource(output);                                     // writes a local temporary file
 * // ... once the writer is closed and its work succeeded:
 * output.publish();                                               // one upload: the object appears whole
 * }</pre>
 * Until {@link #publish()}, lakeFS sees nothing; {@link #discard()} deletes the local file without uploading.
 * Publishing inside a branch transaction on the target's branch uploads to the transaction's branch. As a
 * {@link FileSystemResource}, everything but {@link #publish()}, {@link #target()} and {@link #getDescription()}
 * is about the local file.
 */
public final class StagedLakeFSResource extends FileSystemResource {

    private final LakeFSResource target;

    private StagedLakeFSResource(LakeFSResource target, Path file) {
        super(file);
        this.target = target;
    }

    /**
     * A staging file for {@code target}, in the default temporary-file directory.
     * @param target the lakeFS object to publish to; its ref must be a branch when publishing
     * @return the staged resource (its file exists and is empty)
     * @throws UncheckedIOException when the temporary file cannot be created
     */
    public static StagedLakeFSResource of(LakeFSResource target) {
        Objects.requireNonNull(target, "target");
        try {
            Path file = Files.createTempFile("lakefs-staged-", "-" + target.getFilename());
            file.toFile().deleteOnExit(); // a file that is never published or discarded does not outlive the JVM
            return new StagedLakeFSResource(target, file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create a staging file for " + target.getDescription(), ex);
        }
    }

    /**
     * The lakeFS object this file is published to.
     * @return the target
     */
    public LakeFSResource target() {
        return this.target;
    }

    /**
     * Uploads the local file to the target in one request (content type from the file name, e.g. {@code text/csv}),
     * then deletes the local file.
     * @return the stored object's stats
     * @throws IOException when the local file cannot be read or the target's ref is not a branch
     */
    public ObjectStats publish() throws IOException {
        if (!this.target.isWritable()) {
            throw new IOException("Cannot publish to " + this.target.getDescription() + ": '"
                    + this.target.lakeFSUri().ref() + "' is not an existing branch (tags and commits are read-only)");
        }
        Path file = getFile().toPath();
        if (!Files.isRegularFile(file)) {
            throw new IOException("Cannot publish " + getDescription() + ": the staging file " + file
                    + " does not exist");
        }
        MediaType contentType = MediaTypeFactory.getMediaType(this.target.getFilename())
            .orElse(MediaType.APPLICATION_OCTET_STREAM);
        LakeFSUri uri = this.target.lakeFSUri();
        ObjectStats stats = this.target.ref().repository().branch(uri.ref()).object(uri.path())
            .upload(file, WriteOptions.of(contentType));
        Files.deleteIfExists(file);
        return stats;
    }

    /**
     * Deletes the local file without uploading anything.
     * @throws IOException when the file cannot be deleted
     */
    public void discard() throws IOException {
        Files.deleteIfExists(getFile().toPath());
    }

    @Override
    public String getDescription() {
        return "staged " + this.target.getDescription() + " (local file [" + getPath() + "])";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof StagedLakeFSResource staged && this.target.equals(staged.target)
                && getPath().equals(staged.getPath()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.target, getPath());
    }
}
