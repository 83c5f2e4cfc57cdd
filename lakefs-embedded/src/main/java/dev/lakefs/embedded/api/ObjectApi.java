package dev.lakefs.embedded.api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import dev.lakefs.embedded.api.model.ListResult;
import dev.lakefs.embedded.api.model.ObjectCopyCreation;
import dev.lakefs.embedded.api.model.ObjectError;
import dev.lakefs.embedded.api.model.ObjectErrorList;
import dev.lakefs.embedded.api.model.ObjectStats;
import dev.lakefs.embedded.api.model.PathList;
import dev.lakefs.embedded.api.model.UpdateObjectUserMetadata;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.storage.Blob;
import dev.lakefs.embedded.versioning.Branch;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Names;
import dev.lakefs.embedded.versioning.Refs;
import dev.lakefs.embedded.versioning.Repository;
import dev.lakefs.embedded.versioning.ResolvedRef;

/**
 * Objects: upload (raw or multipart, streamed), get and head (ranges, ETags, presigned redirects), stat, list,
 * delete, bulk delete, copy and user metadata.
 */
public final class ObjectApi {

    /** The content type of objects uploaded without one. */
    public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private static final int MAX_BULK_DELETE = 1000;

    private final ServerContext context;

    public ObjectApi(ServerContext context) {
        this.context = context;
    }

    public void register(Router router) {
        router.handle("uploadObject", this::upload)
            .handle("uploadObjectPreflight", this::preflight)
            .handle("getObject", this::get)
            .handle("headObject", this::get)
            .handle("statObject", this::stat)
            .handle("listObjects", this::list)
            .handle("deleteObject", this::delete)
            .handle("deleteObjects", this::deleteMany)
            .handle("copyObject", this::copy)
            .handle("updateObjectUserMetadata", this::updateMetadata);
    }

    /** Streams the body into the blob store first, then stages it under the repository lock. */
    private ApiResponse upload(ApiRequest request) throws IOException {
        Repository repository = this.context.repository(request);
        String branchName = request.pathParam("branch");
        String path = Names.checkPath(request.requiredQuery("path"));
        boolean force = request.flag("force", false);
        boolean ifAbsent = Conditions.ifNoneMatchAny(request);
        repository.read(() -> {
            // Refused before the body is read; lakeFS reads it first, with the same answer.
            repository.checkStagingWrite(branchName);
            return checkStageable(repository, branchName, path, force, ifAbsent);
        });
        UploadBody.Received upload = UploadBody.receive(request, this.context.blobs());
        String address = this.context.newPhysicalAddress(repository.storageNamespace());
        this.context.blobs().store(address, upload.blob());
        Entry entry = new Entry(address, address, upload.blob().md5Hex(), upload.blob().size(), this.context.now(),
                upload.contentType(), UploadBody.userMetadata(request));
        repository.write(() -> stage(repository, branchName, path, entry, force, ifAbsent));
        return ApiResponse.json(201, Models.object(path, entry, true, null, null));
    }

    private ApiResponse preflight(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branchName = request.pathParam("branch");
        String path = Names.checkPath(request.requiredQuery("path"));
        repository.read(() -> checkStageable(repository, branchName, path, false, false));
        return ApiResponse.empty(204);
    }

    /** The branch must exist and be writable; with {@code If-None-Match: *} the path must not exist. */
    static Branch checkStageable(Repository repository, String branchName, String path, boolean force,
            boolean ifAbsent) {
        Branch branch = Refs.branch(repository, branchName);
        repository.checkWritable(force);
        if (ifAbsent && branch.lookup(path, repository.commit(branch.head()).tree()) != null) {
            throw ApiException.preconditionFailed("path already exists: Precondition failed");
        }
        return branch;
    }

    /**
     * Stages an entry (call under the write lock), as every write door does: 403 when the branch is protected
     * ({@link dev.lakefs.embedded.versioning.ProtectedBranchException}) or the repository read-only, 404 when the
     * branch is missing, 412 when {@code ifAbsent} and the path exists.
     */
    public static Entry stage(Repository repository, String branchName, String path, Entry entry, boolean force,
            boolean ifAbsent) {
        repository.checkStagingWrite(branchName);
        Branch branch = checkStageable(repository, branchName, path, force, ifAbsent);
        repository.stage(branch, path, entry);
        return entry;
    }

    /** GET and HEAD: 200 or 206 with lakeFS's headers, 304 on a matching ETag, 302 to a presigned URL. */
    private ApiResponse get(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String ref = request.pathParam("ref");
        String path = Names.checkPath(request.requiredQuery("path"));
        Entry entry = repository.read(() -> lookup(repository, ref, path));
        if (request.flag("presign", false)) {
            if (!this.context.presigner().blockstore().preSignSupport()) {
                // lakeFS maps its adapter's "operation not supported" to 400 on reads
                throw ApiException.badRequest(this.context.presigner().blockstore().type()
                        + " adapter presigned URL: operation not supported");
            }
            return ApiResponse.redirect(this.context.presigner()
                .url(request.baseUrl(), "GET", entry.blobAddress(), this.context.presigner().expiry()));
        }
        Blob blob = this.context.blobs().find(entry.blobAddress())
            .orElseThrow(() -> ApiException.gone("No data: object data is no longer available"));
        String etag = "\"" + entry.checksum() + "\"";
        if (etag.equals(request.header("If-None-Match"))) {
            return ApiResponse.empty(304);
        }
        ByteRange range = ByteRange.parse(request.header("Range"), blob.size());
        ApiResponse response = (range != null)
                ? ApiResponse.blob(206, blob, range.start(), range.length()).header("Content-Range",
                        range.contentRange(blob.size()))
                : ApiResponse.blob(200, blob, 0, blob.size());
        return contentHeaders(response, path, entry, etag);
    }

    static ApiResponse contentHeaders(ApiResponse response, String path, Entry entry, String etag) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return response.header("ETag", etag)
            .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                .format(Instant.ofEpochSecond(entry.mtime()).atOffset(ZoneOffset.UTC)))
            .header("Content-Type", entry.contentType())
            .header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
            .header("Cache-Control", "no-store, must-revalidate")
            .header("Accept-Ranges", "bytes");
    }

    private ApiResponse stat(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String ref = request.pathParam("ref");
        String path = Names.checkPath(request.requiredQuery("path"));
        boolean userMetadata = request.flag("user_metadata", true);
        boolean presign = request.flag("presign", false);
        Entry entry = repository.read(() -> lookup(repository, ref, path));
        return ApiResponse.json(200, stats(request, path, entry, userMetadata, presign));
    }

    private ObjectStats stats(ApiRequest request, String path, Entry entry, boolean userMetadata, boolean presign) {
        if (!presign) {
            return Models.object(path, entry, userMetadata, null, null);
        }
        long expiry = this.context.presigner().expiry();
        String url = this.context.presigner().url(request.baseUrl(), "GET", entry.blobAddress(), expiry);
        return Models.object(path, entry, userMetadata, url, expiry);
    }

    /** Recursive without a delimiter; with one, common prefixes (ending with it) stand for what lies below. */
    private ApiResponse list(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String ref = request.pathParam("ref");
        String prefix = request.query("prefix", "");
        String delimiter = request.query("delimiter", "");
        String after = request.query("after", "");
        boolean userMetadata = request.flag("user_metadata", true);
        boolean presign = request.flag("presign", false);
        int amount = request.amount();
        ObjectListing.Page page = repository.read(() -> ObjectListing.page(Refs.resolve(repository, ref).view(),
                prefix, delimiter, after, amount));
        ListResult<ObjectStats> result = Pages.result(page.items(), page.hasMore(), ObjectListing.Item::key,
                (item) -> (item.entry() == null) ? Models.commonPrefix(item.key())
                        : stats(request, item.key(), item.entry(), userMetadata, presign));
        return ApiResponse.json(200, result);
    }

    /** A missing object is still a 204, as in lakeFS. */
    private ApiResponse delete(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branchName = request.pathParam("branch");
        String path = Names.checkPath(request.requiredQuery("path"));
        boolean force = request.flag("force", false);
        boolean noTombstone = request.flag("no_tombstone", false);
        repository.update(() -> {
            repository.checkStagingWrite(branchName);
            Branch branch = Refs.branch(repository, branchName);
            repository.checkWritable(force);
            repository.removeObject(branch, path, noTombstone);
        });
        return ApiResponse.empty(204);
    }

    private ApiResponse deleteMany(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branchName = request.pathParam("branch");
        boolean force = request.flag("force", false);
        boolean noTombstone = request.flag("no_tombstone", false);
        List<String> paths = Bodies.require(request.json(PathList.class).paths(), "paths");
        if (paths.size() > MAX_BULK_DELETE) {
            throw ApiException.badRequest("request size exceeded, max paths is " + MAX_BULK_DELETE);
        }
        List<ObjectError> errors = repository.write(() -> {
            Branch branch = Refs.branch(repository, branchName);
            List<String> nonEmpty = paths.stream().filter(path -> !path.isEmpty()).toList();
            String refused = repository.protection().protects(branchName) ? "cannot write to protected branch"
                    : (repository.readOnly() && !force) ? "cannot write to read-only repository" : null;
            if (refused != null) {
                // lakeFS reports per path, with 200 for the request as a whole.
                return nonEmpty.stream().map(path -> new ObjectError(403, refused, path)).toList();
            }
            nonEmpty.forEach(path -> repository.removeObject(branch, path, noTombstone));
            return List.<ObjectError>of();
        });
        return ApiResponse.json(200, new ObjectErrorList(errors));
    }

    private ApiResponse copy(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branchName = request.pathParam("branch");
        String destination = request.requiredQuery("dest_path");
        Names.checkPath(destination);
        ObjectCopyCreation copy = request.json(ObjectCopyCreation.class);
        String source = Bodies.require(copy.srcPath(), "src_path");
        if (Bodies.isTrue(copy.shallow())) {
            throw ApiException.notImplemented("shallow copy is not supported by the embedded lakeFS server");
        }
        String sourceRef = (copy.srcRef() == null || copy.srcRef().isEmpty()) ? branchName : copy.srcRef();
        String address = this.context.newPhysicalAddress(repository.storageNamespace());
        Entry copied = repository.write(() -> {
            Entry original = lookup(repository, sourceRef, source);
            Blob blob = this.context.blobs().find(original.blobAddress())
                .orElseThrow(() -> ApiException.gone("No data: object data is no longer available"));
            this.context.blobs().store(address, blob);
            Entry entry = new Entry(address, address, original.checksum(), original.sizeBytes(), this.context.now(),
                    original.contentType(), original.metadata());
            return stage(repository, branchName, destination, entry, Bodies.isTrue(copy.force()), false);
        });
        return ApiResponse.json(201, Models.object(destination, copied, true, null, null));
    }

    /** The code writes 204 (the spec says 201). */
    private ApiResponse updateMetadata(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branchName = request.pathParam("branch");
        String path = Names.checkPath(request.requiredQuery("path"));
        Map<String, String> metadata = Bodies.require(request.json(UpdateObjectUserMetadata.class).set(), "set");
        repository.update(() -> {
            repository.checkStagingWrite(branchName);
            Branch branch = Refs.branch(repository, branchName);
            repository.checkWritable(false);
            Entry entry = branch.lookup(path, repository.commit(branch.head()).tree());
            if (entry == null) {
                throw ApiException.notFound("object not found: not found");
            }
            repository.stage(branch, path, entry.withMetadata(metadata));
        });
        return ApiResponse.empty(204);
    }

    /** The entry at a path of a ref (call under a lock); 404 when absent. */
    public static Entry lookup(Repository repository, String ref, String path) {
        ResolvedRef resolved = Refs.resolve(repository, ref);
        Entry entry = resolved.lookup(path);
        if (entry == null) {
            throw ApiException.notFound("object not found: not found");
        }
        return entry;
    }
}
