package dev.lakefs.embedded.api;

import java.util.Map;

import dev.lakefs.embedded.api.model.StagingLocation;
import dev.lakefs.embedded.api.model.StagingMetadata;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Names;
import dev.lakefs.embedded.versioning.Refs;
import dev.lakefs.embedded.versioning.Repository;

/**
 * Direct uploads: {@code getPhysicalAddress} hands out a signed address (and, with {@code presign=true}, a URL on
 * this server to PUT the bytes to), {@code linkPhysicalAddress} checks the signature and stages the object.
 * Presigned multipart uploads are not supported, as on lakeFS's own mem store.
 */
public final class StagingApi {

    private static final String NO_MULTIPART = "presign multipart upload API is not supported";

    private final ServerContext context;

    public StagingApi(ServerContext context) {
        this.context = context;
    }

    public void register(Router router) {
        router.handle("getPhysicalAddress", this::getPhysicalAddress)
            .handle("linkPhysicalAddress", this::link);
        for (String operation : new String[] { "createPresignMultipartUpload", "completePresignMultipartUpload",
                "abortPresignMultipartUpload", "uploadPart", "uploadPartCopy" }) {
            router.handle(operation, (request) -> {
                throw ApiException.notImplemented(NO_MULTIPART);
            });
        }
    }

    private ApiResponse getPhysicalAddress(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branch = request.pathParam("branch");
        String path = Names.checkPath(request.requiredQuery("path"));
        repository.read(() -> Refs.branch(repository, branch));
        String address = this.context.newPhysicalAddress(repository.storageNamespace());
        String signed = this.context.presigner().signAddress(address);
        if (!request.flag("presign", false)) {
            return ApiResponse.json(200, new StagingLocation(signed, null, null));
        }
        long expiry = this.context.presigner().expiry();
        String url = this.context.presigner().url(request.baseUrl(), "PUT", address, expiry);
        return ApiResponse.json(200, new StagingLocation(signed, url, expiry));
    }

    /** 200 with the object's stats; the physical address is kept as given, signature included. */
    private ApiResponse link(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branch = request.pathParam("branch");
        String path = Names.checkPath(request.requiredQuery("path"));
        boolean ifAbsent = Conditions.ifNoneMatchAny(request);
        StagingMetadata metadata = request.json(StagingMetadata.class);
        StagingLocation staging = Bodies.require(metadata.staging(), "staging");
        String checksum = Bodies.require(metadata.checksum(), "checksum").replace("\"", "").trim();
        long size = Bodies.require(metadata.sizeBytes(), "size_bytes");
        String physicalAddress = staging.physicalAddress();
        if (physicalAddress == null || physicalAddress.isEmpty()) {
            throw ApiException.badRequest("physical address is required: invalid value: validation error");
        }
        if (checksum.isEmpty()) {
            throw ApiException.badRequest("checksum is required: invalid value: validation error");
        }
        String namespace = repository.storageNamespace();
        // lakeFS links an address outside the namespace as it is, and its local adapter refuses to read a path
        // outside its allowed prefixes; refused here already, so no host file is ever staged
        if (!physicalAddress.startsWith(namespace)) {
            LocalSources.check(this.context.blobs().localPrefixes(), physicalAddress);
        }
        String blobAddress = physicalAddress.startsWith(namespace)
                ? this.context.presigner().verifyAddress(physicalAddress) : physicalAddress;
        String contentType = (metadata.contentType() == null || metadata.contentType().isEmpty())
                ? ObjectApi.DEFAULT_CONTENT_TYPE : metadata.contentType();
        Entry entry = new Entry(physicalAddress, blobAddress, checksum, size, this.context.now(), contentType,
                (metadata.userMetadata() != null) ? metadata.userMetadata() : Map.of());
        repository.write(() -> ObjectApi.stage(repository, branch, path, entry, Bodies.isTrue(metadata.force()),
                ifAbsent));
        return ApiResponse.json(200, Models.object(path, entry, true, null, null));
    }
}
