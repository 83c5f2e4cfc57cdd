package dev.lakefs.spring.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.lakefs.spring.client.ObjectUpload;
import org.jspecify.annotations.Nullable;

/**
 * Bytes of known size that can be read any number of times: in memory, or in a temporary file that
 * {@link #close()} deletes. Produced by {@link SpoolingOutputStream#toContent()}.
 */
public final class SpooledContent implements AutoCloseable {

    private final byte @Nullable [] bytes;

    private final @Nullable Path temporaryFile;

    private final long size;

    private SpooledContent(byte @Nullable [] bytes, @Nullable Path temporaryFile, long size) {
        this.bytes = bytes;
        this.temporaryFile = temporaryFile;
        this.size = size;
    }

    static SpooledContent ofBytes(byte[] bytes) {
        return new SpooledContent(bytes, null, bytes.length);
    }

    static SpooledContent ofTemporaryFile(Path file, long size) {
        return new SpooledContent(null, file, size);
    }

    /**
     * The size in bytes.
     * @return the number of bytes
     */
    public long size() {
        return this.size;
    }

    /**
     * Whether the content is held in memory (at most the spool threshold).
     * @return whether it exists
     */
    public boolean isInMemory() {
        return this.bytes != null;
    }

    /**
     * A new stream over the whole content; each call starts from the beginning.
     * @return a new stream
     */
    public InputStream openStream() throws IOException {
        byte[] inMemory = this.bytes;
        if (inMemory != null) {
            return new ByteArrayInputStream(inMemory);
        }
        Path file = this.temporaryFile;
        if (file == null) {
            throw new IllegalStateException("no content");
        }
        return Files.newInputStream(file);
    }

    /**
     * The content as an upload body for the low-level client: repeatable (a retry reads it again) and read without
     * blocking an I/O thread (memory, or an asynchronous file channel).
     * @return the upload
     */
    public ObjectUpload toObjectUpload() {
        byte[] inMemory = this.bytes;
        if (inMemory != null) {
            return ObjectUpload.of(inMemory);
        }
        Path file = this.temporaryFile;
        if (file == null) {
            throw new IllegalStateException("no content");
        }
        return ObjectUpload.of(file);
    }

    /** Deletes the temporary file, if any. */
    @Override
    public void close() {
        Path file = this.temporaryFile;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException ex) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
