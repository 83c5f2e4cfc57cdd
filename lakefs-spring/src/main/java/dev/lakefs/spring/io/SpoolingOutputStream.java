package dev.lakefs.spring.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * An {@link OutputStream} that keeps what is written in memory up to a threshold and moves it to a temporary file
 * beyond that, so that data of unknown size can be measured (presigned PUTs need a {@code Content-Length}) and
 * replayed (retries) without ever holding more than the threshold on the heap. This is what the Python SDK does with
 * a {@code SpooledTemporaryFile}.
 * <p>
 * Once {@link #close() closed}, {@link #toContent()} hands the bytes over as {@link SpooledContent}, which owns the
 * temporary file from then on. {@link #discard()} throws everything away.
 */
public final class SpoolingOutputStream extends OutputStream {

    /** The default in-memory threshold: 8 MiB. */
    public static final int DEFAULT_THRESHOLD = 8 * 1024 * 1024;

    private static final String SPILL_FILE_PREFIX = "lakefs-spool-";

    private static final String SPILL_FILE_SUFFIX = ".tmp";

    private final int threshold;

    private final @Nullable Path tempDirectory;

    private @Nullable ByteArrayOutputStream memory = new ByteArrayOutputStream();

    private @Nullable Path file;

    private @Nullable OutputStream fileStream;

    private long size;

    private boolean closed;

    private boolean handedOver;

    /**
     * Creates a spool.
     * @param threshold the most bytes kept in memory; larger content goes to a temporary file
     * @param tempDirectory where the temporary file goes, or {@code null} for the system default
     */
    public SpoolingOutputStream(int threshold, @Nullable Path tempDirectory) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
        this.threshold = threshold;
        this.tempDirectory = tempDirectory;
    }

    /** Creates a spool with the {@link #DEFAULT_THRESHOLD default threshold} in the system temp directory. */
    public SpoolingOutputStream() {
        this(DEFAULT_THRESHOLD, null);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ensureOpen();
        ByteArrayOutputStream inMemory = this.memory;
        if (inMemory != null && inMemory.size() + (long) length > this.threshold) {
            spill(inMemory);
            inMemory = null;
        }
        if (inMemory != null) {
            inMemory.write(bytes, offset, length);
        }
        else {
            fileStream().write(bytes, offset, length);
        }
        this.size += length;
    }

    private void spill(ByteArrayOutputStream inMemory) throws IOException {
        Path spillFile = (this.tempDirectory != null)
                ? Files.createTempFile(this.tempDirectory, SPILL_FILE_PREFIX, SPILL_FILE_SUFFIX)
                : Files.createTempFile(SPILL_FILE_PREFIX, SPILL_FILE_SUFFIX);
        this.file = spillFile;
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(spillFile), 64 * 1024);
        this.fileStream = stream;
        inMemory.writeTo(stream);
        this.memory = null;
    }

    private OutputStream fileStream() {
        OutputStream stream = this.fileStream;
        if (stream == null) {
            throw new IllegalStateException("not spilled");
        }
        return stream;
    }

    @Override
    public void flush() throws IOException {
        if (this.fileStream != null && !this.closed) {
            this.fileStream.flush();
        }
    }

    /**
     * The number of bytes written so far.
     * @return the number of bytes
     */
    public long size() {
        return this.size;
    }

    /**
     * Whether the content went beyond the threshold and now lives in a temporary file.
     * @return whether it exists
     */
    public boolean isSpilled() {
        return this.file != null;
    }

    /** The temporary file, when {@link #isSpilled() spilled}. */
    public @Nullable Path spillFile() {
        return this.file;
    }

    /** Finishes writing. The content stays available through {@link #toContent()}. */
    @Override
    public void close() throws IOException {
        if (!this.closed) {
            this.closed = true;
            if (this.fileStream != null) {
                this.fileStream.close();
            }
        }
    }

    /**
     * Hands the content over; the caller then owns it (and must close it, which deletes the temporary file).
     * Closes this stream first if needed.
     * @return the content
     */
    public SpooledContent toContent() throws IOException {
        close();
        if (this.handedOver) {
            throw new IllegalStateException("content already handed over or discarded");
        }
        this.handedOver = true;
        ByteArrayOutputStream inMemory = this.memory;
        if (inMemory != null) {
            return SpooledContent.ofBytes(inMemory.toByteArray());
        }
        Path spillFile = this.file;
        if (spillFile == null) {
            throw new IllegalStateException("neither in memory nor spilled");
        }
        return SpooledContent.ofTemporaryFile(spillFile, this.size);
    }

    /** Throws away everything written and deletes the temporary file, if any. Never fails. */
    public void discard() {
        this.handedOver = true;
        this.memory = null;
        try {
            close();
        }
        catch (IOException ex) {
            // nothing to keep: the file goes anyway
        }
        Path spillFile = this.file;
        if (spillFile != null) {
            try {
                Files.deleteIfExists(spillFile);
            }
            catch (IOException ex) {
                spillFile.toFile().deleteOnExit();
            }
        }
    }

    private void ensureOpen() throws IOException {
        if (this.closed) {
            throw new IOException("Stream closed");
        }
    }
}
