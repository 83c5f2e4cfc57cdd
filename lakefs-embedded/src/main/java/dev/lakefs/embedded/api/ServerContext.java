package dev.lakefs.embedded.api;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.Authenticator;
import dev.lakefs.embedded.storage.BlobStore;
import dev.lakefs.embedded.versioning.BranchOperations;
import dev.lakefs.embedded.versioning.Names;
import dev.lakefs.embedded.versioning.Repositories;
import dev.lakefs.embedded.versioning.Repository;

/**
 * What the API handlers share.
 *
 * @param repositories the repositories
 * @param blobs the object store
 * @param operations branch, commit and merge operations
 * @param authenticator credentials and tokens
 * @param presigner presigned URLs and signed staging addresses
 * @param clock the time source
 */
public record ServerContext(Repositories repositories, BlobStore blobs, BranchOperations operations,
        Authenticator authenticator, Presigner presigner, Clock clock) {

    /** The committer recorded on commits: lakeFS uses the user's name; this server has one user. */
    public String committer() {
        return this.authenticator.userId();
    }

    /** The repository named by the request's {@code repository} path parameter; 400 if invalid, 404 if absent. */
    public Repository repository(ApiRequest request) {
        String id = request.pathParam("repository");
        Names.checkRepository(id);
        return this.repositories.get(id);
    }

    public long now() {
        return this.clock.instant().getEpochSecond();
    }

    /**
     * A new physical address in a namespace, shaped like lakeFS's: {@code <namespace>/data/<partition>/<id>}.
     */
    public String newPhysicalAddress(String storageNamespace) {
        String namespace = storageNamespace.endsWith("/") ? storageNamespace.substring(0,
                storageNamespace.length() - 1) : storageNamespace;
        long millis = this.clock.millis();
        String partition = "g" + Long.toString(millis / 3_600_000L, 32);
        String id = "c" + Long.toString(millis, 32) + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 32);
        return namespace + "/data/" + partition + "/" + id;
    }
}
