package dev.lakefs.spring.client;

import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The checksum of a presigned upload, read from the object store's answer as lakeFS's own clients read it (the
 * Python SDK's {@code _extract_etag_from_response}, lakectl's {@code extractEtagFromResponseHeader}): the
 * {@code Content-MD5} header, base64 decoded to hex, when present and valid (Azure Blob answers it, and an ETag
 * that is no MD5), else the {@code ETag} without quotes and spaces (S3 and GCS answer the MD5 in hex there).
 */
final class PresignedChecksum {

    private PresignedChecksum() {
    }

    static @Nullable String of(HttpHeaders headers) {
        String contentMd5 = headers.getFirst("Content-MD5");
        if (contentMd5 != null && !contentMd5.isEmpty()) {
            try {
                return HexFormat.of().formatHex(Base64.getDecoder().decode(contentMd5.strip()));
            }
            catch (IllegalArgumentException ex) {
                // not base64: fall back to the ETag, as the Python SDK does
            }
        }
        String etag = headers.getFirst(HttpHeaders.ETAG);
        if (etag == null) {
            return null;
        }
        String stripped = etag.replaceAll("^[\" ]+|[\" ]+$", "");
        return stripped.isEmpty() ? null : stripped;
    }
}
