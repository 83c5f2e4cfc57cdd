package dev.lakefs.embedded.gateway;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lakefs.embedded.api.ObjectApi;
import dev.lakefs.embedded.api.ServerContext;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.storage.Blob;
import dev.lakefs.embedded.versioning.Branch;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Names;
import dev.lakefs.embedded.versioning.ProtectedBranchException;
import dev.lakefs.embedded.versioning.Repository;

/**
 * Operations on an object ({@code /<repository>/<ref>/<path>}): GetObject, HeadObject, PutObject, CopyObject,
 * DeleteObject, and the multipart requests that share their methods, as lakeFS's {@code operations/getobject.go},
 * {@code headobject.go}, {@code putobject.go}, {@code postobject.go} and {@code deleteobject.go}.
 */
final class ObjectOperations {

    private static final List<String> GET_UNSUPPORTED = List.of("torrent", "acl", "retention", "legal-hold",
            "lambdaArn");

    private static final List<String> PUT_UNSUPPORTED = List.of("torrent", "acl");

    private static final List<String> POST_UNSUPPORTED = List.of("select", "restore");

    private static final List<String> DELETE_UNSUPPORTED = List.of("tagging", "acl", "torrent");

    /** lakeFS's {@code httputil.HeaderTimestamp}: RFC 1123 with a two-digit day, always GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The User-Agent tag with which a client asks for a redirect to the storage. */
    private static final String REDIRECT_TAG = "s3RedirectionSupport";

    private final ServerContext context;

    private final MultipartUploads uploads;

    ObjectOperations(ServerContext context, MultipartUploads uploads) {
        this.context = context;
        this.uploads = uploads;
    }

    ApiResponse handle(S3Request request, Repository repository, Operation operation) throws IOException {
        return switch (operation) {
            case GET_OBJECT -> get(request, repository);
            case HEAD_OBJECT -> read(request, repository, true);
            case PUT_OBJECT -> put(request, repository);
            case POST_OBJECT -> post(request, repository);
            case DELETE_OBJECT -> delete(request, repository);
            default -> throw new IllegalArgumentException("Not an object operation: " + operation);
        };
    }

    private ApiResponse get(S3Request request, Repository repository) {
        BucketOperations.unsupported(request, GET_UNSUPPORTED);
        if (request.has("versioning")) {
            return BucketOperations.xml(new Xml().open("VersioningConfiguration").close("VersioningConfiguration"));
        }
        if (request.has("tagging")) {
            return BucketOperations.xml(new Xml().openS3("Tagging").open("TagSet").close("TagSet").close("Tagging"));
        }
        if (request.has(MultipartUploads.UPLOAD_ID)) {
            return this.uploads.listParts(request, repository);
        }
        return read(request, repository, false);
    }

    /**
     * GetObject's content, or HeadObject's headers alone (an unsatisfiable range is then a bare 416): the object's
     * headers, {@code Range} as 206, and for GetObject lakeFS's redirect to the storage when the client asks.
     */
    private ApiResponse read(S3Request request, Repository repository, boolean head) {
        Entry entry = entry(repository, request.ref(), request.path());
        if (!head && request.header("User-Agent").contains(REDIRECT_TAG)) {
            String url = this.context.presigner().url(request.baseUrl(), "GET", entry.blobAddress(),
                    this.context.presigner().expiry());
            return ApiResponse.empty(307).header("Location", url);
        }
        Blob blob = this.context.blobs().find(entry.blobAddress())
            .orElseThrow(S3Error.NO_SUCH_VERSION::exception);
        GatewayRange range;
        try {
            range = GatewayRange.parse(request.header("Range"), entry.sizeBytes());
        }
        catch (GatewayRange.Unsatisfiable ex) {
            if (head) {
                return ApiResponse.empty(416);
            }
            throw S3Error.INVALID_RANGE.exception();
        }
        ApiResponse response = (range != null)
                ? ApiResponse.blob(206, blob, range.start(), range.length())
                    .header("Content-Range", range.contentRange(entry.sizeBytes()))
                : ApiResponse.blob(200, blob, 0, blob.size());
        response.header("Accept-Ranges", "bytes")
            .header("Last-Modified", HTTP_DATE.format(Instant.ofEpochSecond(entry.mtime())))
            .header("ETag", etag(entry.checksum()))
            .header("Content-Type", entry.contentType());
        UserMetadata.write(response, entry.metadata());
        if (!head) {
            response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Content-Security-Policy", "default-src 'none'");
        }
        return response;
    }

    /** The object at a ref (any ref expression): {@code NoSuchKey} when absent or when the ref names nothing. */
    Entry entry(Repository repository, String ref, String path) {
        try {
            return repository.read(() -> ObjectApi.lookup(repository, ref, path));
        }
        catch (ApiException ex) {
            if (ex.status() == 404) {
                throw S3Error.NO_SUCH_KEY.exception();
            }
            throw S3Error.INTERNAL_ERROR.exception();
        }
    }

    private ApiResponse put(S3Request request, Repository repository) throws IOException {
        String copySource = request.header(CopySource.HEADER);
        CopySource source = copySource.isEmpty() ? null : CopySource.parse(copySource);
        BucketOperations.unsupported(request, PUT_UNSUPPORTED);
        checkWritableBranch(repository, request.ref());
        if (request.has(MultipartUploads.UPLOAD_ID)) {
            return this.uploads.uploadPart(request, repository, source);
        }
        if (source != null) {
            return copy(request, repository, source);
        }
        if (request.has("tagging")) {
            throw S3Error.LAKEFS_NOT_SUPPORTED.exception();
        }
        boolean ifAbsent = ifNoneMatchAny(request, repository);
        // As lakeFS: the body is read (and verified) in full before the metadata is checked.
        Blob blob = this.context.blobs().write(request.payload());
        Map<String, String> metadata;
        try {
            metadata = UserMetadata.of(request);
        }
        catch (S3Exception ex) {
            blob.discard();
            throw ex;
        }
        Entry entry = new Entry("", "", blob.md5Hex(), blob.size(), this.context.now(), contentType(request),
                metadata);
        Entry staged = stage(repository, request.ref(), request.path(), entry, blob, ifAbsent, true);
        return ApiResponse.empty(200).header("ETag", etag(staged.checksum()));
    }

    /**
     * lakeFS's conditions on writes: {@code If-None-Match: *} is checked before the body is read (412 when the path
     * exists); {@code If-Match}, or any other {@code If-None-Match}, is 501.
     */
    boolean ifNoneMatchAny(S3Request request, Repository repository) {
        String ifNoneMatch = request.header("If-None-Match");
        String ifMatch = request.header("If-Match");
        if (ifNoneMatch.equals("*") && exists(repository, request.ref(), request.path())) {
            throw S3Error.PRECONDITION_FAILED.exception();
        }
        if (!ifMatch.isEmpty() || (!ifNoneMatch.isEmpty() && !ifNoneMatch.equals("*"))) {
            throw S3Error.NOT_IMPLEMENTED.exception();
        }
        return ifNoneMatch.equals("*");
    }

    private static boolean exists(Repository repository, String ref, String path) {
        try {
            repository.read(() -> ObjectApi.lookup(repository, ref, path));
            return true;
        }
        catch (ApiException ex) {
            return false;
        }
    }

    /**
     * Stores a blob and stages it as an object, through the REST API's staging code: the entry gets a new physical
     * address in the repository's namespace. Nothing is kept when staging fails: a blob the caller {@code owns} is
     * discarded (a copy's source blob is not).
     */
    Entry stage(Repository repository, String branch, String path, Entry entry, Blob blob, boolean ifAbsent,
            boolean owns) {
        String address = this.context.newPhysicalAddress(repository.storageNamespace());
        Entry addressed = new Entry(address, address, entry.checksum(), entry.sizeBytes(), entry.mtime(),
                entry.contentType(), entry.metadata());
        try {
            return repository.write(() -> {
                Entry staged = ObjectApi.stage(repository, branch, path, addressed, false, ifAbsent);
                // Stored under the lock, so no reader sees the entry before its content.
                this.context.blobs().store(address, blob);
                return staged;
            });
        }
        catch (ProtectedBranchException ex) {
            discardIf(owns, blob);
            throw S3Error.WRITE_TO_PROTECTED_BRANCH.exception();
        }
        catch (ApiException ex) {
            discardIf(owns, blob);
            throw switch (ex.status()) {
                case 403 -> S3Error.READ_ONLY_REPOSITORY.exception();
                case 404 -> S3Error.NO_SUCH_BUCKET.exception();
                case 412 -> S3Error.PRECONDITION_FAILED.exception();
                default -> S3Error.INTERNAL_ERROR.exception();
            };
        }
    }

    private static void discardIf(boolean owns, Blob blob) {
        if (owns) {
            blob.discard();
        }
    }

    /** CopyObject: any source ref, user metadata copied or replaced; the content type is the source's. */
    private ApiResponse copy(S3Request request, Repository repository, CopySource source) {
        Map<String, String> metadata = UserMetadata.of(request);
        boolean replace = request.header("X-Amz-Metadata-Directive").equals("REPLACE");
        CopySource.Found found = source.find(this.context);
        if (found == null) {
            throw S3Error.NO_SUCH_KEY.exception();
        }
        if (!found.sameStorage(repository)) {
            throw invalidCopyDestination("cannot copy between repos with different StorageIDs: invalid storage id");
        }
        Entry original = found.entry();
        Entry copy = new Entry("", "", original.checksum(), original.sizeBytes(), this.context.now(),
                original.contentType(), replace ? metadata : original.metadata());
        Entry staged;
        try {
            staged = stage(repository, request.ref(), request.path(), copy, found.blob(), false, false);
        }
        catch (S3Exception ex) {
            // lakeFS answers a failed copy as InvalidRequest with the failure's own message.
            throw ex.code().equals(S3Error.WRITE_TO_PROTECTED_BRANCH.code())
                    ? invalidCopyDestination("cannot write to protected branch") : ex;
        }
        Xml xml = new Xml().open("CopyObjectResult")
            .element("LastModified", Xml.timestamp(staged.mtime()))
            .element("ETag", etag(staged.checksum()))
            .close("CopyObjectResult");
        return BucketOperations.xml(xml);
    }

    private static S3Exception invalidCopyDestination(String message) {
        return new S3Exception(S3Error.INVALID_COPY_DEST.code(), message, S3Error.INVALID_COPY_DEST.status());
    }

    private ApiResponse post(S3Request request, Repository repository) throws IOException {
        BucketOperations.unsupported(request, POST_UNSUPPORTED);
        if (repository.readOnly()) {
            throw S3Error.READ_ONLY_REPOSITORY.exception();
        }
        if (request.has("uploads")) {
            checkBranchExists(repository, request.ref());
            return this.uploads.create(request, repository);
        }
        if (request.has(MultipartUploads.UPLOAD_ID)) {
            return this.uploads.complete(request, repository, this);
        }
        return ApiResponse.empty(405);
    }

    /** 204 even when the object, or the branch, is missing. */
    private ApiResponse delete(S3Request request, Repository repository) {
        BucketOperations.unsupported(request, DELETE_UNSUPPORTED);
        if (repository.readOnly()) {
            throw S3Error.READ_ONLY_REPOSITORY.exception();
        }
        if (request.has(MultipartUploads.UPLOAD_ID)) {
            return this.uploads.abort(request, repository);
        }
        String branchName = request.ref();
        checkBranchName(branchName);
        repository.update(() -> {
            if (repository.protection().protects(branchName)) {
                throw S3Error.WRITE_TO_PROTECTED_BRANCH.exception();
            }
            Branch branch = repository.branches().get(branchName);
            if (branch != null) {
                repository.removeObject(branch, request.path(), false);
            }
        });
        return ApiResponse.empty(204);
    }

    /** Writes go to existing branches of writable repositories only (lakeFS checks before reading the body). */
    static void checkWritableBranch(Repository repository, String ref) {
        if (repository.readOnly()) {
            throw S3Error.READ_ONLY_REPOSITORY.exception();
        }
        checkBranchExists(repository, ref);
    }

    /**
     * lakeFS's {@code BranchExists}: a name that is not a valid branch id (such as {@code main~1}) fails its
     * validation, an internal error; a valid name that is not a branch (a tag, a commit id) is {@code NoSuchBucket}.
     */
    static void checkBranchExists(Repository repository, String ref) {
        checkBranchName(ref);
        if (!repository.read(() -> repository.branches().containsKey(ref))) {
            throw S3Error.NO_SUCH_BUCKET.exception();
        }
    }

    /** Branch ids are validated before anything is written; an invalid one is an internal error in lakeFS. */
    static void checkBranchName(String ref) {
        if (!Names.BRANCH.matcher(ref).matches()) {
            throw S3Error.INTERNAL_ERROR.exception();
        }
    }

    /** The request's content type, stored as lakeFS's catalog does: octet-stream when absent. */
    static String contentType(S3Request request) {
        String contentType = request.header("Content-Type");
        return contentType.isEmpty() ? ObjectApi.DEFAULT_CONTENT_TYPE : contentType;
    }

    /** lakeFS's {@code httputil.ETag}: the checksum in quotes, unless already quoted. */
    static String etag(String checksum) {
        return checksum.startsWith("\"") ? checksum : "\"" + checksum + "\"";
    }
}
