package dev.lakefs.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.lakefs.spring.client.ObjectUpload;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.io.ObjectWriter;
import dev.lakefs.spring.io.SpooledContent;
import dev.lakefs.spring.io.SpoolingOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.scheduler.Schedulers;

/**
 * An object at a path of a {@link Branch}, for reading and writing: the Python SDK's {@code WriteableObject}.
 * Obtained from {@link Branch#object(String)}; making one sends no request.
 * <pre>{@code
 * exp.object("text/sample_data.txt").upload("This is my object data", MediaType.TEXT_PLAIN);
 * exp.object("raw/data.bin").upload(Path.of("data.bin"), WriteOptions.defaults().withIfAbsent(true));
 * exp.object("csv/sample_data.csv").write(MediaType.parseMediaType("text/csv"), (out) -> {
 *     Writer csv = out.asWriter();
 *     csv.write("ID,Name,Email\n");
 * });
 * }</pre>
 * Every write is a single upload: lakeFS sees the whole object or nothing. Data goes through the lakeFS API or,
 * in presigned mode, straight to the object store (staging address, {@code PUT} to the presigned URL, link).
 * A branch with an open transaction routes the object into the transaction's branch.
 */
public final class WritableObject extends StoredObject {

    private static final int STREAM_CHUNK_SIZE = 64 * 1024;

    private final Branch branch;

    WritableObject(Branch branch, String path) {
        super(branch, path);
        this.branch = branch;
    }

    /**
     * The branch the object is written to.
     * @return the branch handle
     */
    public Branch branch() {
        return this.branch;
    }

    /**
     * Uploads text in UTF-8, with lakeFS's default content type.
     * @param data the content
     * @return the stored object's stats
     */
    public ObjectStats upload(String data) {
        return upload(data, WriteOptions.defaults());
    }

    /**
     * Uploads text in the content type's charset (UTF-8 when it names none).
     * @param data the content
     * @param contentType the content type
     * @return the stored object's stats
     */
    public ObjectStats upload(String data, MediaType contentType) {
        return upload(data, WriteOptions.of(contentType));
    }

    /**
     * Uploads text in the content type's charset (UTF-8 when there is none).
     * @param data the content
     * @param options the options
     * @return the stored object's stats
     */
    public ObjectStats upload(String data, WriteOptions options) {
        return upload(data.getBytes(charsetOf(options.contentType())), options);
    }

    /**
     * Uploads bytes, with lakeFS's default content type.
     * @param data the content
     * @return the stored object's stats
     */
    public ObjectStats upload(byte[] data) {
        return upload(data, WriteOptions.defaults());
    }

    /**
     * Uploads bytes with a content type.
     * @param data the content
     * @param contentType the content type
     * @return the stored object's stats
     */
    public ObjectStats upload(byte[] data, MediaType contentType) {
        return upload(data, WriteOptions.of(contentType));
    }

    /**
     * Uploads bytes: content type, metadata, if-absent, presign from the options.
     * @param data the content
     * @param options the options
     * @return the stored object's stats
     */
    public ObjectStats upload(byte[] data, WriteOptions options) {
        return send(ObjectUpload.of(data), options);
    }

    /**
     * Uploads a local file, streaming it.
     * @param file the local file
     * @param contentType the content type
     * @return the stored object's stats
     */
    public ObjectStats upload(Path file, MediaType contentType) {
        return upload(file, WriteOptions.of(contentType));
    }

    /**
     * Uploads a local file, streaming it: content type, metadata, if-absent, presign from the options.
     * @param file the local file
     * @param options the options
     * @return the stored object's stats
     */
    public ObjectStats upload(Path file, WriteOptions options) {
        return send(ObjectUpload.of(file), options);
    }

    /**
     * Uploads a stream to its end (the stream is not closed).
     * @param data the content
     * @param contentType the content type
     * @return the stored object's stats
     */
    public ObjectStats upload(InputStream data, MediaType contentType) {
        return upload(data, WriteOptions.of(contentType));
    }

    /**
     * Uploads a stream to its end (the stream is not closed). Through lakeFS it streams as it is read; if reading
     * fails, the upload is abandoned and no object is written. A presigned upload needs the length first, so the
     * stream is spooled (memory up to {@link LakeFSOptions#spoolThreshold()}, then a temporary file).
     * @param data the content
     * @param options the options
     * @return the stored object's stats
     */
    public ObjectStats upload(InputStream data, WriteOptions options) {
        if (transfer().preSign(options, repositoryId())) {
            SpoolingOutputStream spool = transfer().newSpool();
            try {
                data.transferTo(spool);
                try (SpooledContent content = spool.toContent()) {
                    return send(content.toObjectUpload(), options);
                }
            }
            catch (IOException ex) {
                spool.discard();
                throw new UncheckedIOException("Cannot read the content to upload to " + this, ex);
            }
        }
        return send(ObjectUpload.of(DataBufferUtils
            .readInputStream(() -> data, DefaultDataBufferFactory.sharedInstance, STREAM_CHUNK_SIZE)
            .subscribeOn(Schedulers.boundedElastic()), -1), options);
    }

    private ObjectStats send(ObjectUpload upload, WriteOptions options) {
        return transfer().upload(repositoryId(), this.branch.objectRefId(), path(), upload, options);
    }

    /**
     * A writer that uploads on {@link ObjectWriter#commit() commit}, with lakeFS's default content type.
     * @return the writer
     */
    public ObjectWriter writer() {
        return writer(WriteOptions.defaults());
    }

    /**
     * A writer that uploads on {@link ObjectWriter#commit() commit}: the Python SDK's
     * {@code writer(content_type=...)}.
     * @param contentType the content type
     * @return the writer
     */
    public ObjectWriter writer(MediaType contentType) {
        return writer(WriteOptions.of(contentType));
    }

    /**
     * A writer that uploads everything written when it is {@link ObjectWriter#commit() committed}, and nothing when it
     * is {@link ObjectWriter#abort() aborted} or closed first: in a {@code try}-with-resources block, an exception
     * before {@code commit()} uploads nothing, and a block that forgets {@code commit()} fails when it closes the
     * writer. {@link #write(WriteOptions, ObjectWriteCallback)} needs no commit.
     * @param options the options
     * @return the writer
     */
    public ObjectWriter writer(WriteOptions options) {
        String branchId = this.branch.objectRefId();
        return new ObjectWriter(transfer().newSpool(), charsetOf(options.contentType()),
                (content) -> transfer().upload(repositoryId(), branchId, path(), content.toObjectUpload(), options));
    }

    /**
     * Writes the object from a callback: uploaded when it returns, nothing written when it throws.
     * @param callback produces the content
     * @return the stored object's stats
     */
    public ObjectStats write(ObjectWriteCallback callback) {
        return write(WriteOptions.defaults(), callback);
    }

    /**
     * Writes the object from a callback with a content type: uploaded when it returns, aborted when it throws.
     * @param contentType the content type
     * @param callback produces the content
     * @return the stored object's stats
     */
    public ObjectStats write(MediaType contentType, ObjectWriteCallback callback) {
        return write(WriteOptions.of(contentType), callback);
    }

    /**
     * Writes the object from a callback: uploaded when the callback returns, nothing written when it throws (the
     * exception is rethrown, an {@link IOException} as an {@link UncheckedIOException}). The form to reach for: it
     * cannot upload half an object. Closing the stream in the callback (as libraries that own it do) only ends the
     * writing.
     * @param options the options
     * @param callback produces the content
     * @return the uploaded object's stats
     */
    public ObjectStats write(WriteOptions options, ObjectWriteCallback callback) {
        ObjectWriter out = writer(options).finishOnClose();
        try {
            callback.writeTo(out);
            if (out.isAborted()) {
                throw new IllegalStateException("The callback aborted the write of " + this);
            }
            return out.commit();
        }
        catch (IOException ex) {
            out.abort();
            throw new UncheckedIOException("Writing " + this + " failed; nothing was uploaded", ex);
        }
        catch (RuntimeException | Error ex) {
            out.abort();
            throw ex;
        }
    }

    /** Deletes the object from the branch; a missing object is not an error. */
    public void delete() {
        delete(DeleteOptions.defaults());
    }

    /**
     * Deletes the object from the branch; a missing object is not an error.
     * @param options force from the options
     */
    public void delete(DeleteOptions options) {
        Blocking.run(this.branch.client().deleteObject(repositoryId(), this.branch.objectRefId(), path(), options.force()));
    }

    private static Charset charsetOf(@Nullable MediaType contentType) {
        Charset charset = (contentType != null) ? contentType.getCharset() : null;
        return (charset != null) ? charset : StandardCharsets.UTF_8;
    }
}
