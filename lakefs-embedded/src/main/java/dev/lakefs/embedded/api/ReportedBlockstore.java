package dev.lakefs.embedded.api;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.UriCodec;

/**
 * The object store the server reports ({@code blockstore_type}) and where its presigned URLs point. By default it
 * is {@code mem}, served by this server itself. A test may have it report another kind ({@code s3}, {@code gs},
 * {@code azure}, {@code local}) and hand out presigned URLs on an HTTP server that plays that store: a client can
 * then be tested against each store's contract without the cloud. Set only through
 * {@code EmbeddedLakeFS.Builder#reportedBlockstore}, never from a request.
 *
 * @param type the blockstore type reported in the storage configuration
 * @param presignedUrlBase the root of the URLs presigned for an external store, or null: for {@code mem}, this
 * server's own presigned URLs; for another type, no presigned URLs (lakeFS's {@code local} store has none)
 */
public record ReportedBlockstore(String type, @Nullable String presignedUrlBase) {

    private static final Set<String> TYPES = Set.of("mem", "s3", "gs", "azure", "local");

    /** The server's own in-memory store, presigned URLs served by itself. */
    public static final ReportedBlockstore MEM = new ReportedBlockstore("mem", null);

    public ReportedBlockstore {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("blockstore type must be one of " + TYPES + ": " + type);
        }
        if (type.equals("mem") && presignedUrlBase != null) {
            throw new IllegalArgumentException("the mem store's presigned URLs are served by this server");
        }
        if (presignedUrlBase != null && presignedUrlBase.endsWith("/")) {
            presignedUrlBase = presignedUrlBase.substring(0, presignedUrlBase.length() - 1);
        }
    }

    /** Whether presigned URLs are served by this server. */
    boolean selfServed() {
        return this.presignedUrlBase == null && this.type.equals("mem");
    }

    /** Whether lakeFS would hand out presigned URLs for this store. */
    boolean preSignSupport() {
        return selfServed() || this.presignedUrlBase != null;
    }

    /**
     * A URL on the external store for an address: its path is the address without its scheme, each segment
     * percent-encoded (an address is user input: nothing in it may break out of the path).
     */
    String externalUrl(String address, String method, long expires, String signature) {
        if (this.presignedUrlBase == null) {
            // lakeFS's local adapter answers this for any presigned URL
            throw new ApiException(500, this.type + " adapter presigned URL: operation not supported");
        }
        int scheme = address.indexOf("://");
        String key = (scheme < 0) ? address : address.substring(scheme + 3);
        StringBuilder url = new StringBuilder(this.presignedUrlBase);
        for (String segment : key.split("/", -1)) {
            url.append('/').append(UriCodec.encodeQueryComponent(segment));
        }
        return url.append("?X-Embedded-Method=").append(method).append("&X-Embedded-Expires=").append(expires)
            .append("&X-Embedded-Signature=").append(UriCodec.encodeQueryComponent(signature)).toString();
    }
}
