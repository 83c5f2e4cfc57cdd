package dev.lakefs.spring;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import dev.lakefs.spring.client.ByteRange;
import dev.lakefs.spring.client.GetObjectOptions;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.LakeFSPreconditionFailedException;
import dev.lakefs.spring.client.LakeFSRangeNotSatisfiableException;
import dev.lakefs.spring.client.ObjectContent;
import dev.lakefs.spring.client.ObjectUpload;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.StagingLocation;
import dev.lakefs.spring.client.model.StagingMetadata;
import dev.lakefs.spring.io.ObjectReader;
import dev.lakefs.spring.io.SpoolingOutputStream;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Moves object data between the caller and lakeFS, directly through the lakeFS API or through presigned
 * object-store URLs (the Python SDK's {@code pre_sign}).
 */
final class ObjectTransfer {

    /** Buffers requested ahead from a download: bounds the memory a reader holds. */
    private static final int READ_AHEAD_BUFFERS = 8;

    private final LakeFS lakeFS;

    ObjectTransfer(LakeFS lakeFS) {
        this.lakeFS = lakeFS;
    }

    private LakeFSClient client() {
        return this.lakeFS.client();
    }

    /**
     * Uploads content to {@code repository/branch/path}.
     * @param upload the bytes; for a presigned upload its length must be known
     */
    ObjectStats upload(String repository, String branch, String path, ObjectUpload upload, WriteOptions options) {
        String contentType = (options.contentType() != null) ? options.contentType().toString() : null;
        ObjectUpload request = upload.withContentType(contentType)
            .withMetadata(UserMetadataKeys.normalize(options.metadata()))
            .withIfAbsent(options.ifAbsent())
            .withForce(options.force());
        try {
            return preSign(options, repository) ? uploadPresigned(repository, branch, path, request)
                    : Blocking.get(client().uploadObject(repository, branch, path, request));
        }
        catch (LakeFSPreconditionFailedException ex) {
            // 412 is also how lakeFS reports a failed pre-upload hook: only an if-absent write means "exists"
            boolean exists = options.ifAbsent() && !(ex instanceof ObjectExistsException);
            throw exists ? new ObjectExistsException(repository, branch, path, ex) : ex;
        }
    }

    boolean preSign(WriteOptions options, String repository) {
        return this.lakeFS.preSign(options.preSign(), repository);
    }

    /** A spool for content of unknown size, sized by the client-wide options. */
    SpoolingOutputStream newSpool() {
        return new SpoolingOutputStream(this.lakeFS.options().spoolThreshold(), this.lakeFS.options().spoolDirectory());
    }

    private ObjectStats uploadPresigned(String repository, String branch, String path, ObjectUpload upload) {
        if (upload.contentLength() < 0) {
            throw new IllegalArgumentException("A presigned upload needs the content length");
        }
        if (upload.ifAbsent() && exists(repository, branch, path)) {
            // Checked before writing data that could only end up orphaned in the object store.
            throw new ObjectExistsException(repository, branch, path, null);
        }
        StagingLocation location = Blocking.get(client().getPhysicalAddress(repository, branch, path, true));
        String presignedUrl = location.presignedUrl();
        if (presignedUrl == null) {
            throw new IllegalStateException("lakeFS returned no presigned URL to upload '" + path
                    + "': its object store does not support presigned URLs; write with preSign=false");
        }
        String checksum = client()
            .putPresignedObject(URI.create(presignedUrl), upload, this.lakeFS.blockstoreType(repository))
            .block();
        if (checksum == null || checksum.isEmpty()) {
            throw new IllegalStateException("The object store answered neither Content-MD5 nor ETag to the presigned "
                    + "upload of '" + path + "'; cannot link it without a checksum");
        }
        StagingMetadata staged = new StagingMetadata(location, checksum, upload.contentLength(), upload.metadata(),
                upload.contentType(), null, upload.force());
        return Blocking.get(client().linkPhysicalAddress(repository, branch, path, staged, upload.ifAbsent()));
    }

    /** Whether an object exists, by a {@code HEAD} request. */
    boolean exists(String repository, String ref, String path) {
        try {
            Blocking.run(client().headObject(repository, ref, path, null));
            return true;
        }
        catch (LakeFSNotFoundException ex) {
            return false;
        }
    }

    ObjectStats stat(String repository, String ref, String path) {
        return Blocking.get(client().statObject(repository, ref, path));
    }

    /** A streaming reader of {@code repository/ref/path}. */
    ObjectReader reader(String repository, String ref, String path, ReadOptions options) {
        boolean preSign = this.lakeFS.preSign(options.preSign(), repository);
        return new ObjectReader((offset, last) -> open(repository, ref, path, offset, last, preSign),
                () -> sizeOf(stat(repository, ref, path)), options.start(), options.end());
    }

    private InputStream open(String repository, String ref, String path, long offset, long last, boolean preSign)
            throws IOException {
        ByteRange range = (offset == 0 && last < 0) ? null
                : (last < 0) ? ByteRange.from(offset) : ByteRange.of(offset, last);
        ObjectContent content;
        try {
            content = Blocking.get(client().getObject(repository, ref, path,
                    new GetObjectOptions(range, null, preSign)));
        }
        catch (LakeFSRangeNotSatisfiableException ex) {
            // Reading from the end of the object (or beyond): lakeFS says 416, a stream says end of stream.
            return InputStream.nullInputStream();
        }
        return inputStream(content.body());
    }

    /**
     * A blocking stream over a response body. Reactor Netty hands its body's subscription over on the event loop, so
     * a stream closed before that (a seek right after opening) would fail with "Subscriber must be subscribed" and
     * leave the connection to be drained by nobody. {@code subscribeOn} gives the stream its subscription at once and
     * passes a cancel on to the body whenever the body's own subscription arrives.
     */
    static InputStream inputStream(Publisher<DataBuffer> body) {
        return DataBufferUtils.subscriberInputStream(Flux.from(body).subscribeOn(Schedulers.immediate()),
                READ_AHEAD_BUFFERS);
    }

    static long sizeOf(ObjectStats stats) {
        Long size = stats.sizeBytes();
        if (size == null) {
            throw new IllegalStateException("lakeFS did not report the size of '" + stats.path() + "'");
        }
        return size;
    }
}
