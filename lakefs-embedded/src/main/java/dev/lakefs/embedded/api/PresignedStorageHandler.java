package dev.lakefs.embedded.api;

import java.io.IOException;

import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiHandler;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.storage.Blob;

/**
 * Serves presigned URLs like an object store would: GET reads a blob (ranges supported), PUT writes one and answers
 * its ETag. The URL's signature is the only credential; lakeFS credentials are neither needed nor looked at.
 */
public final class PresignedStorageHandler implements ApiHandler {

    private final ServerContext context;

    public PresignedStorageHandler(ServerContext context) {
        this.context = context;
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws IOException {
        String method = request.query("method");
        String address = request.query("address");
        String expires = request.query("expires");
        String signature = request.query("signature");
        if (method == null || address == null || expires == null || signature == null) {
            throw ApiException.forbidden("missing presigned URL parameters");
        }
        String httpMethod = request.method().equals("HEAD") ? "GET" : request.method();
        if (!httpMethod.equals(method)) {
            throw new ApiException(405, "this URL is presigned for " + method);
        }
        this.context.presigner().verifyUrl(method, address, expires, signature);
        if (method.equals("PUT")) {
            Blob blob = this.context.blobs().write(request.body());
            this.context.blobs().store(address, blob);
            return ApiResponse.empty(200).header("ETag", "\"" + blob.md5Hex() + "\"");
        }
        Blob blob = this.context.blobs().find(address).orElseThrow(() -> ApiException.notFound("no such object"));
        ByteRange range = ByteRange.parse(request.header("Range"), blob.size());
        ApiResponse response = (range != null)
                ? ApiResponse.blob(206, blob, range.start(), range.length()).header("Content-Range",
                        range.contentRange(blob.size()))
                : ApiResponse.blob(200, blob, 0, blob.size());
        return response.header("ETag", "\"" + blob.md5Hex() + "\"")
            .header("Content-Type", ObjectApi.DEFAULT_CONTENT_TYPE)
            .header("Accept-Ranges", "bytes");
    }
}
