package dev.lakefs.spring.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;

import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;

/**
 * An {@link OutputStream} to a lakeFS object that uploads on {@link #close()}, the counterpart of the Python SDK's
 * {@code ObjectWriter}.
 * <p>
 * What is written is spooled (in memory up to a threshold, then to a temporary file) and sent to lakeFS as one
 * upload when the stream is closed, so lakeFS never sees a partial object: {@link #abort()} (or a failed write)
 * throws the spool away and nothing is uploaded. A {@code try}-with-resources block cannot tell an exception from a
 * normal exit, so call {@link #abort()} in a {@code catch}, or prefer {@code WritableObject.write(out -> …)}, which
 * aborts for you when the callback throws.
 */
public final class ObjectWriter extends OutputStream {

    private final SpoolingOutputStream spool;

    private final Uploader uploader;

    private final Charset charset;

    private @Nullable ObjectStats result;

    private @Nullable Writer textView;

    private State state = State.OPEN;

    /**
     * Creates a writer.
     * @param spool where the bytes wait until close
     * @param charset the charset of {@link #asWriter()} (the content type's, or UTF-8)
     * @param uploader sends the spooled bytes to lakeFS on close
     */
    public ObjectWriter(SpoolingOutputStream spool, Charset charset, Uploader uploader) {
        this.spool = spool;
        this.charset = charset;
        this.uploader = uploader;
    }

    /** Sends spooled bytes to lakeFS. */
    @FunctionalInterface
    public interface Uploader {

        /**
         * Uploads the content; it is closed (its temporary file deleted) afterwards by the writer.
         * @param content the bytes to upload, of known size, readable more than once
         * @return the uploaded object's stats
         * @throws IOException when reading the content fails
         */
        ObjectStats upload(SpooledContent content) throws IOException;
    }

    private enum State {
        OPEN, UPLOADED, ABORTED
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        guard(() -> this.spool.write(b));
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ensureOpen();
        guard(() -> this.spool.write(bytes, offset, length));
    }

    /**
     * A character view of this stream in the content type's charset (UTF-8 by default); closing it uploads.
     * @return the writer, the same on every call
     */
    public Writer asWriter() {
        Writer view = this.textView;
        if (view == null) {
            view = new OutputStreamWriter(this, this.charset);
            this.textView = view;
        }
        return view;
    }

    /**
     * Uploads everything written, unless {@link #abort() aborted}. Calling it again has no effect.
     * @throws IOException when the spool cannot be read
     * @throws dev.lakefs.spring.ObjectExistsException when the write was "if absent" and the object exists
     */
    @Override
    public void close() throws IOException {
        if (this.state != State.OPEN) {
            return;
        }
        Writer view = this.textView;
        if (view != null) {
            this.textView = null;
            guard(view::flush);
        }
        try (SpooledContent content = this.spool.toContent()) {
            this.state = State.UPLOADED;
            this.result = this.uploader.upload(content);
        }
        catch (IOException | RuntimeException ex) {
            this.state = State.ABORTED;
            throw ex;
        }
    }

    /** Throws away what was written; nothing is uploaded. Never fails; calling it after close has no effect. */
    public void abort() {
        if (this.state == State.OPEN) {
            this.state = State.ABORTED;
            this.spool.discard();
        }
    }

    /**
     * Whether the writer was aborted (explicitly, by a failed write, or by a failed upload).
     * @return whether it exists
     */
    public boolean isAborted() {
        return this.state == State.ABORTED;
    }

    /**
     * The uploaded object's stats, once {@link #close() closed} successfully.
     * @return the stats, or {@code null} before
     */
    public @Nullable ObjectStats result() {
        return this.result;
    }

    /**
     * The number of bytes written so far.
     * @return the number of bytes
     */
    public long size() {
        return this.spool.size();
    }

    private void guard(IoAction action) throws IOException {
        try {
            action.run();
        }
        catch (IOException | RuntimeException ex) {
            abort();
            throw ex;
        }
    }

    private void ensureOpen() throws IOException {
        if (this.state != State.OPEN) {
            throw new IOException((this.state == State.ABORTED) ? "Writer aborted" : "Writer closed");
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
