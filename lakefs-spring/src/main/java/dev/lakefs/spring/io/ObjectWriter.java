package dev.lakefs.spring.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;

import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;

/**
 * An {@link OutputStream} to a lakeFS object that uploads on {@link #commit()}, the counterpart of the Python SDK's
 * {@code ObjectWriter}.
 * <p>
 * What is written is spooled (in memory up to a threshold, then to a temporary file) and sent to lakeFS as one
 * upload by {@link #commit()}, so lakeFS never sees a partial object: {@link #abort()} (or a failed write) throws the
 * spool away and nothing is uploaded. Closing the writer without a commit throws the spool away too, and fails with
 * an {@link IllegalStateException}: Java's {@code try}-with-resources cannot tell an exception from a normal exit, so
 * a block that throws before {@code commit()} uploads nothing (the close's exception is added to the block's as
 * suppressed), and a block that forgets {@code commit()} fails loudly instead of uploading or dropping silently.
 * <pre>{@code
 * try (ObjectWriter out = branch.object("csv/sample_data.csv").writer(TEXT_CSV)) {
 *     out.asWriter().write("ID,Name\n");
 *     out.commit();
 * }
 * }</pre>
 * {@code WritableObject.write(out -> …)} does the same with less to remember: it commits when the callback returns
 * and aborts when it throws; there, closing the stream (as some libraries do when they finish) only ends the writing.
 */
public final class ObjectWriter extends OutputStream {

    private final SpoolingOutputStream spool;

    private final Uploader uploader;

    private final Charset charset;

    private @Nullable ObjectStats result;

    private @Nullable Writer textView;

    private State state = State.OPEN;

    private OnClose onClose = OnClose.FAIL;

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
        OPEN, FINISHED, UPLOADED, ABORTED
    }

    /** What {@link #close()} does to a writer neither committed nor aborted. */
    private enum OnClose {
        FAIL, FINISH, COMMIT
    }

    /**
     * Makes {@link #close()} end the writing without uploading or failing, for an owner that commits or aborts
     * itself afterwards (as {@code WritableObject.write(out -> …)} does when its callback returns or throws).
     * @return this writer
     */
    public ObjectWriter finishOnClose() {
        this.onClose = OnClose.FINISH;
        return this;
    }

    /**
     * Makes {@link #close()} {@link #commit()}, for the stream contracts that promise it
     * ({@code Files.newOutputStream}, Spring's {@code WritableResource.getOutputStream()}); an aborted writer still
     * uploads nothing.
     * @return this writer
     */
    public ObjectWriter commitOnClose() {
        this.onClose = OnClose.COMMIT;
        return this;
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
     * A character view of this stream in the content type's charset (UTF-8 by default); {@link #commit()} flushes it,
     * and closing it closes this writer.
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
     * Uploads everything written as the whole object. Calling it again returns the same stats.
     * @return the uploaded object's stats
     * @throws IOException when the spool cannot be read, or the writer was aborted (nothing is uploaded then)
     * @throws dev.lakefs.spring.ObjectExistsException when the write was "if absent" and the object exists
     */
    public ObjectStats commit() throws IOException {
        ObjectStats uploaded = this.result;
        if (this.state == State.UPLOADED && uploaded != null) {
            return uploaded;
        }
        if (this.state == State.ABORTED) {
            throw new IOException("Writer aborted: nothing was uploaded");
        }
        flushTextView();
        try (SpooledContent content = this.spool.toContent()) {
            this.state = State.UPLOADED;
            uploaded = this.uploader.upload(content);
            this.result = uploaded;
            return uploaded;
        }
        catch (IOException | RuntimeException ex) {
            this.state = State.ABORTED;
            throw ex;
        }
    }

    /**
     * Ends the writer. After {@link #commit()} or {@link #abort()} it has no effect. Before either, it throws what was
     * written away and fails, unless {@link #finishOnClose()} or {@link #commitOnClose()} was asked for: a writer
     * closed without a commit uploads nothing, and says so.
     * @throws IllegalStateException when the writer was neither committed nor aborted
     * @throws IOException when {@link #commitOnClose()} was asked for and the commit fails
     */
    @Override
    public void close() throws IOException {
        if (this.state != State.OPEN) {
            return;
        }
        switch (this.onClose) {
            case COMMIT -> commit();
            case FINISH -> {
                flushTextView();
                this.state = State.FINISHED;
            }
            case FAIL -> {
                abort();
                throw new IllegalStateException("The object writer was closed without commit(): nothing was "
                        + "uploaded. Call commit() once the content is complete, or write with "
                        + "WritableObject.write(out -> ...)");
            }
        }
    }

    private void flushTextView() throws IOException {
        Writer view = this.textView;
        if (view != null) {
            this.textView = null;
            guard(view::flush);
        }
    }

    /** Throws away what was written; nothing is uploaded. Never fails; calling it after close has no effect. */
    public void abort() {
        if (this.state == State.OPEN || this.state == State.FINISHED) {
            this.state = State.ABORTED;
            this.spool.discard();
        }
    }

    /**
     * Whether the writer was aborted (explicitly, by a failed write, or by a failed upload).
     * @return whether it was aborted
     */
    public boolean isAborted() {
        return this.state == State.ABORTED;
    }

    /**
     * The uploaded object's stats, once {@link #commit() committed}.
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
