package dev.lakefs.spring.nio;

import java.io.IOException;
import java.io.OutputStream;

import dev.lakefs.spring.client.LakeFSException;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.io.ObjectWriter;
import org.jspecify.annotations.Nullable;

/**
 * The stream {@code Files.newOutputStream} returns for a lakeFS path: what is written is spooled (memory, then a
 * temporary file) and uploaded as one object when the stream is closed, so lakeFS never holds a partial object.
 * <p>
 * The rule for failures: a {@code write} that fails, or {@link #abort()}, discards everything and nothing is uploaded;
 * {@link #close()} uploads what was written. A {@code try}-with-resources block (which the JDK's {@code Files.write}
 * and {@code Files.copy} use too) closes the stream even when its body throws, and the stream cannot tell that
 * close from a normal one, just as a local file keeps the bytes written before an exception. To upload nothing when
 * your code fails, call {@link #abort()} in a {@code catch}, or write inside a transaction
 * ({@link LakeFSFileSystems#transaction}, {@code @LakeFSTransactional}), whose branch, partial objects included, is
 * thrown away when it fails.
 */
public final class LakeFSOutputStream extends OutputStream {

    private final LakeFSPath path;

    private final ObjectWriter writer;

    private final boolean ifAbsent;

    LakeFSOutputStream(LakeFSPath path, ObjectWriter writer, boolean ifAbsent) {
        this.path = path;
        this.writer = writer;
        this.ifAbsent = ifAbsent;
    }

    @Override
    public void write(int b) throws IOException {
        this.writer.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        this.writer.write(bytes, offset, length);
    }

    /**
     * Uploads everything written as the whole object, unless aborted; calling it again has no effect.
     * @throws java.nio.file.FileAlreadyExistsException when opened with {@code CREATE_NEW} and an object appeared
     * @throws IOException when the upload fails, naming the path
     */
    @Override
    public void close() throws IOException {
        try {
            this.writer.close();
        }
        catch (LakeFSException ex) {
            throw FileErrors.translate(ex, this.path, null, this.ifAbsent);
        }
    }

    /** Throws away what was written: nothing is uploaded. Never fails; after close it has no effect. */
    public void abort() {
        this.writer.abort();
    }

    /**
     * Whether the stream was aborted, by {@link #abort()}, a failed write or a failed upload.
     * @return whether it was aborted
     */
    public boolean isAborted() {
        return this.writer.isAborted();
    }

    /**
     * The number of bytes written so far.
     * @return the number of bytes
     */
    public long size() {
        return this.writer.size();
    }

    /**
     * The uploaded object's stats, once closed successfully.
     * @return the stats, or {@code null} before
     */
    public @Nullable ObjectStats result() {
        return this.writer.result();
    }

    /**
     * The path being written.
     * @return the path
     */
    public LakeFSPath path() {
        return this.path;
    }
}
