package dev.lakefs.embedded.gateway;

import java.util.Objects;

import dev.lakefs.embedded.api.ObjectApi;
import dev.lakefs.embedded.api.ServerContext;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.UriCodec;
import dev.lakefs.embedded.storage.Blob;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Repository;
import org.jspecify.annotations.Nullable;

/**
 * The object an {@code x-amz-copy-source} header names: {@code [/]<repository>/<ref>/<path>}, URL-decoded, any ref.
 *
 * @param repository the source repository id
 * @param ref the source ref expression
 * @param path the source path
 */
record CopySource(String repository, String ref, String path) {

    static final String HEADER = "x-amz-copy-source";

    /** Parses the header; {@code InvalidArgument} unless it has a repository, a ref and a path. */
    static CopySource parse(String header) {
        String decoded = UriCodec.decodeQueryComponent(header);
        int start = 0;
        while (start < decoded.length() && decoded.charAt(start) == '/') {
            start++;
        }
        String[] parts = decoded.substring(start).split("/", 3);
        if (parts.length != 3) {
            throw S3Error.INVALID_COPY_SOURCE.exception();
        }
        return new CopySource(parts[0], parts[1], parts[2]);
    }

    /** The source object with its content; null when the repository, the ref, the object or its data is missing. */
    @Nullable Found find(ServerContext context) {
        try {
            Repository source = context.repositories().get(this.repository);
            Entry entry = source.read(() -> ObjectApi.lookup(source, this.ref, this.path));
            Blob blob = context.blobs().find(entry.blobAddress()).orElse(null);
            return (blob != null) ? new Found(source, entry, blob) : null;
        }
        catch (ApiException ex) {
            return null;
        }
    }

    /**
     * A source object found.
     *
     * @param repository its repository
     * @param entry its entry at the source ref
     * @param blob its content
     */
    record Found(Repository repository, Entry entry, Blob blob) {

        /** lakeFS copies across repositories only within one storage id. */
        boolean sameStorage(Repository destination) {
            return Objects.equals(this.repository.storageId(), destination.storageId());
        }
    }
}
