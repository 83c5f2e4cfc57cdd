package dev.lakefs.embedded.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.lakefs.embedded.api.ServerContext;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.storage.Blob;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Repository;
import org.jspecify.annotations.Nullable;

/**
 * Multipart uploads, kept server-side as lakeFS keeps them (its KV "multipart tracker" and the mem block adapter):
 * create, upload part (or copy part, with a range), list parts, complete, abort, and the uploads of a bucket.
 * <p>
 * As lakeFS's mem adapter, completion joins every uploaded part in part-number order whatever the request lists, and
 * the object's ETag is the MD5 of the whole content (no {@code -N} suffix). Parts always go to disk; at most
 * {@value #MAX_UPLOADS} uploads and {@value #MAX_PARTS} parts are in progress at once, part numbers run from 1 to
 * {@value #MAX_PART_NUMBER}.
 */
final class MultipartUploads {

    static final String UPLOAD_ID = "uploadId";

    static final int MAX_UPLOADS = 1000;

    static final int MAX_PARTS = 100_000;

    static final int MAX_PART_NUMBER = 10_000;

    private static final int MAX_UPLOADS_LISTED = 1000;

    private final ServerContext context;

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    private int partCount;

    MultipartUploads(ServerContext context) {
        this.context = context;
    }

    /** CreateMultipartUpload ({@code POST ?uploads}); the branch was checked by the caller. */
    ApiResponse create(S3Request request, Repository repository) {
        Map<String, String> metadata = UserMetadata.of(request);
        UUID uuid = UUID.randomUUID();
        String id = HexFormat.of().formatHex(uuidBytes(uuid));
        Upload upload = new Upload(id, repository.id(), request.path(), metadata,
                ObjectOperations.contentType(request));
        synchronized (this) {
            if (this.uploads.size() >= MAX_UPLOADS) {
                throw S3Error.SLOW_DOWN.exception();
            }
            this.uploads.put(id, upload);
        }
        Xml xml = new Xml().open("InitiateMultipartUploadResult")
            .element("Bucket", repository.id())
            .element("Key", request.ref() + "/" + request.path())
            .element("UploadId", id)
            .close("InitiateMultipartUploadResult");
        return BucketOperations.xml(xml);
    }

    /** UploadPart ({@code PUT ?partNumber&uploadId}) or UploadPartCopy (with a copy source). */
    ApiResponse uploadPart(S3Request request, Repository repository, @Nullable CopySource source)
            throws IOException {
        int partNumber = partNumber(request);
        Upload upload = upload(request, S3Error.INTERNAL_ERROR);
        if (source == null) {
            Blob blob = this.context.blobs().write(request.payload(), 0);
            addPart(upload, partNumber, blob);
            return ApiResponse.empty(200).header("ETag", ObjectOperations.etag(blob.md5Hex()));
        }
        CopySource.Found found = source.find(this.context);
        if (found == null || !found.sameStorage(repository)) {
            throw S3Error.INVALID_COPY_SOURCE.exception();
        }
        long size = found.entry().sizeBytes();
        GatewayRange range;
        try {
            range = GatewayRange.parse(request.header("x-amz-copy-source-range"), size);
        }
        catch (GatewayRange.Unsatisfiable ex) {
            // lakeFS falls back to copying the whole object on any range it cannot use.
            range = null;
        }
        long start = (range != null) ? range.start() : 0;
        long length = (range != null) ? range.length() : found.blob().size();
        Blob blob;
        try (InputStream in = found.blob().open(start, length)) {
            blob = this.context.blobs().write(in, 0);
        }
        addPart(upload, partNumber, blob);
        Xml xml = new Xml().open("CopyObjectResult")
            .element("LastModified", Xml.timestamp(this.context.now()))
            .element("ETag", ObjectOperations.etag(blob.md5Hex()))
            .close("CopyObjectResult");
        return BucketOperations.xml(xml);
    }

    /** ListParts ({@code GET ?uploadId}), paged as lakeFS's mem adapter pages. */
    ApiResponse listParts(S3Request request, Repository repository) {
        Upload upload = upload(request, S3Error.INTERNAL_ERROR);
        String maxPartsText = request.query("max-parts");
        String markerText = request.query("part-number-marker");
        Integer maxParts = maxPartsText.isEmpty() ? null : parseInt(maxPartsText);
        Integer marker = markerText.isEmpty() ? null : parseInt(markerText);
        List<Map.Entry<Integer, Part>> parts;
        synchronized (upload) {
            parts = new ArrayList<>(upload.parts.entrySet());
        }
        int from = 0;
        if (marker != null) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).getKey() > marker) {
                    from = i;
                    break;
                }
            }
        }
        int to = parts.size();
        if (maxParts != null && maxParts < to - from) {
            to = from + Math.max(0, maxParts);
        }
        boolean truncated = to < parts.size();
        Xml xml = new Xml().open("ListPartsResult")
            .element("Bucket", repository.id())
            .element("IsTruncated", truncated)
            .element("Key", request.ref() + "/" + request.path())
            .element("MaxParts", (maxParts != null) ? maxParts : 0)
            .element("NextPartNumberMarker", (truncated && to > 0) ? parts.get(to - 1).getKey() : 0);
        for (Map.Entry<Integer, Part> part : parts.subList(from, to)) {
            xml.open("Part")
                .element("PartNumber", part.getKey())
                .element("ETag", part.getValue().blob().md5Hex())
                .element("LastModified", Xml.timestamp(part.getValue().lastModified()))
                .element("Size", part.getValue().blob().size())
                .close("Part");
        }
        return BucketOperations.xml(xml.close("ListPartsResult"));
    }

    /**
     * CompleteMultipartUpload ({@code POST ?uploadId}): the parts joined into one object staged at the request's
     * path, with the metadata and content type given at creation.
     */
    ApiResponse complete(S3Request request, Repository repository, ObjectOperations objects) throws IOException {
        Upload upload = upload(request, S3Error.INTERNAL_ERROR);
        boolean ifAbsent = objects.ifNoneMatchAny(request, repository);
        try {
            XmlBodies.completedParts(request.payload());
        }
        catch (XmlBodies.Malformed ex) {
            throw S3Error.INTERNAL_ERROR.exception();
        }
        List<Blob> parts = take(upload);
        Blob blob;
        try (InputStream joined = join(parts)) {
            blob = this.context.blobs().write(joined);
        }
        finally {
            parts.forEach(Blob::discard);
        }
        Entry entry = new Entry("", "", blob.md5Hex(), blob.size(), this.context.now(), upload.contentType,
                upload.metadata);
        Entry staged = objects.stage(repository, request.ref(), request.path(), entry, blob, ifAbsent, true);
        Xml xml = new Xml().open("CompleteMultipartUploadResult")
            .element("Location", request.baseUrl() + "/" + repository.id() + "/" + request.ref() + "/"
                    + request.path())
            .element("Bucket", repository.id())
            .element("Key", request.ref() + "/" + request.path())
            .element("ETag", ObjectOperations.etag(staged.checksum()))
            .close("CompleteMultipartUploadResult");
        return BucketOperations.xml(xml);
    }

    /** AbortMultipartUpload ({@code DELETE ?uploadId}): 204; {@code NoSuchKey} for an unknown upload or path. */
    ApiResponse abort(S3Request request, Repository repository) {
        Upload upload = upload(request, S3Error.NO_SUCH_KEY);
        if (!upload.path.equals(request.path())) {
            throw S3Error.NO_SUCH_KEY.exception();
        }
        take(upload).forEach(Blob::discard);
        return ApiResponse.empty(204);
    }

    /** ListMultipartUploads ({@code GET /<repository>?uploads}). */
    ApiResponse listUploads(S3Request request, Repository repository) {
        if (!request.query("prefix").isEmpty() || !request.query("delimiter").isEmpty()
                || !request.query("encoding-type").isEmpty()) {
            throw S3Error.NOT_IMPLEMENTED.exception();
        }
        String maxText = request.query("max-uploads");
        int max = MAX_UPLOADS_LISTED;
        if (!maxText.isEmpty()) {
            Integer parsed = parseIntOrNull(maxText);
            if (parsed == null || parsed < 0) {
                throw S3Error.INVALID_MAX_UPLOADS.exception();
            }
            max = Math.min(parsed, MAX_UPLOADS_LISTED);
        }
        String keyMarker = request.query("key-marker");
        String idMarker = request.query("upload-id-marker");
        List<Upload> listed = this.uploads.values().stream()
            .filter(upload -> upload.repository.equals(repository.id()))
            .filter(upload -> keyMarker.isEmpty() || upload.path.compareTo(keyMarker) > 0
                    || (upload.path.equals(keyMarker) && upload.id.compareTo(idMarker) > 0))
            .sorted(Comparator.comparing((Upload upload) -> upload.path).thenComparing(upload -> upload.id))
            .toList();
        boolean truncated = listed.size() > max;
        List<Upload> page = listed.subList(0, Math.min(max, listed.size()));
        Xml xml = new Xml().open("ListMultipartUploadsResult").element("Bucket", repository.id());
        page.forEach(upload -> xml.open("Upload").element("Key", upload.path).element("UploadId", upload.id)
            .close("Upload"));
        if (truncated && !page.isEmpty()) {
            Upload last = page.get(page.size() - 1);
            xml.element("NextKeyMarker", last.path).element("NextUploadIdMarker", last.id);
            xml.element("IsTruncated", true);
        }
        if (max > 0) {
            xml.element("MaxUploads", max);
        }
        return BucketOperations.xml(xml.close("ListMultipartUploadsResult"));
    }

    /** Drops every upload and its parts (the server is reset or stopped). */
    synchronized void clear() {
        List<Upload> all = new ArrayList<>(this.uploads.values());
        all.forEach(upload -> take(upload).forEach(Blob::discard));
    }

    private Upload upload(S3Request request, S3Error missing) {
        Upload upload = this.uploads.get(request.query(UPLOAD_ID));
        if (upload == null) {
            throw missing.exception();
        }
        return upload;
    }

    /** Adds (or replaces) a part; the blob is discarded when the upload ended meanwhile or the bound is reached. */
    private void addPart(Upload upload, int partNumber, Blob blob) {
        Blob replaced;
        synchronized (this) {
            boolean open = this.uploads.get(upload.id) == upload;
            boolean replacing = open && upload.parts.containsKey(partNumber);
            if (!open || (!replacing && this.partCount >= MAX_PARTS)) {
                blob.discard();
                throw open ? S3Error.SLOW_DOWN.exception() : S3Error.INTERNAL_ERROR.exception();
            }
            synchronized (upload) {
                Part previous = upload.parts.put(partNumber, new Part(blob, this.context.now()));
                replaced = (previous != null) ? previous.blob() : null;
            }
            if (replaced == null) {
                this.partCount++;
            }
        }
        if (replaced != null) {
            replaced.discard();
        }
    }

    /** Ends an upload; its parts in part-number order (each upload ends once: a second taker gets an error). */
    private synchronized List<Blob> take(Upload upload) {
        if (!this.uploads.remove(upload.id, upload)) {
            throw S3Error.INTERNAL_ERROR.exception();
        }
        synchronized (upload) {
            List<Blob> parts = upload.parts.values().stream().map(Part::blob).toList();
            this.partCount -= parts.size();
            upload.parts.clear();
            return parts;
        }
    }

    private static InputStream join(List<Blob> parts) {
        Iterator<Blob> next = parts.iterator();
        Enumeration<InputStream> streams = new Enumeration<>() {

            @Override
            public boolean hasMoreElements() {
                return next.hasNext();
            }

            @Override
            public InputStream nextElement() {
                try {
                    return next.next().open();
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        };
        return new SequenceInputStream(parts.isEmpty() ? Collections.emptyEnumeration() : streams);
    }

    /** A part number as lakeFS parses it (an int32), within S3's 1 to 10000. */
    private static int partNumber(S3Request request) {
        Integer number = parseIntOrNull(request.query("partNumber"));
        if (number == null) {
            throw S3Error.INVALID_PART_NUMBER_MARKER.exception();
        }
        if (number < 1 || number > MAX_PART_NUMBER) {
            throw new S3Exception("InvalidArgument", "Part number must be an integer between 1 and "
                    + MAX_PART_NUMBER + ", inclusive", 400);
        }
        return number;
    }

    /** lakeFS answers unparsable paging parameters of ListParts with an internal error. */
    private static int parseInt(String text) {
        Integer value = parseIntOrNull(text);
        if (value == null) {
            throw S3Error.INTERNAL_ERROR.exception();
        }
        return value;
    }

    private static @Nullable Integer parseIntOrNull(String text) {
        try {
            return Integer.parseInt(text);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static byte[] uuidBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long high = uuid.getMostSignificantBits();
        long low = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return bytes;
    }

    /** An upload in progress. */
    private static final class Upload {

        final String id;

        final String repository;

        final String path;

        final Map<String, String> metadata;

        final String contentType;

        /** Guarded by this upload's monitor. */
        final TreeMap<Integer, Part> parts = new TreeMap<>();

        Upload(String id, String repository, String path, Map<String, String> metadata, String contentType) {
            this.id = id;
            this.repository = repository;
            this.path = path;
            this.metadata = metadata;
            this.contentType = contentType;
        }
    }

    /**
     * One uploaded part.
     *
     * @param blob its content, on disk
     * @param lastModified when it was uploaded, Unix seconds
     */
    private record Part(Blob blob, long lastModified) {
    }
}
