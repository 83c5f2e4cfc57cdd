package dev.lakefs.embedded.api;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.MultipartReader;
import dev.lakefs.embedded.storage.Blob;
import dev.lakefs.embedded.storage.BlobStore;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code uploadObject} body as lakeFS does: {@code multipart/form-data} with a part named {@code content},
 * or any other content type as raw bytes. Either way the bytes stream into a new blob.
 */
final class UploadBody {

    private static final String METADATA_HEADER_PREFIX = "x-lakefs-meta-";

    private UploadBody() {
    }

    /** Streams the body into a blob; the content type is the part's or the request's, octet-stream by default. */
    static Received receive(ApiRequest request, BlobStore blobs) throws IOException {
        String contentType = request.header("Content-Type");
        boolean multipart = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        String boundary = multipart ? MultipartReader.boundary(contentType) : null;
        if (boundary == null) {
            return new Received(blobs.write(request.body()), orDefault(contentType));
        }
        MultipartReader reader = new MultipartReader(request.body(), boundary);
        MultipartReader.Part part;
        while ((part = reader.next()) != null) {
            if ("content".equals(part.name())) {
                return new Received(blobs.write(part.body()), orDefault(part.contentType()));
            }
        }
        throw new ApiException(500, "upload object: request body has an error: missing key 'content'");
    }

    /** User metadata from {@code X-Lakefs-Meta-<key>} headers, keys lower-cased. */
    static Map<String, String> userMetadata(ApiRequest request) {
        Map<String, String> metadata = new TreeMap<>();
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(METADATA_HEADER_PREFIX) && lower.length() > METADATA_HEADER_PREFIX.length()
                    && !values.isEmpty()) {
                metadata.put(lower.substring(METADATA_HEADER_PREFIX.length()), values.get(0));
            }
        });
        return metadata;
    }

    private static String orDefault(@Nullable String contentType) {
        return (contentType == null || contentType.isEmpty()) ? ObjectApi.DEFAULT_CONTENT_TYPE : contentType;
    }

    /**
     * Received upload content.
     *
     * @param blob the stored content
     * @param contentType its media type
     */
    record Received(Blob blob, String contentType) {
    }
}
