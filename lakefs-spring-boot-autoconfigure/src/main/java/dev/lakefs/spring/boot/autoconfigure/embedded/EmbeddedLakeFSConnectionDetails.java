package dev.lakefs.spring.boot.autoconfigure.embedded;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;

/**
 * {@link LakeFSConnectionDetails} of an {@link EmbeddedLakeFS}.
 */
class EmbeddedLakeFSConnectionDetails implements LakeFSConnectionDetails {

    private final EmbeddedLakeFS server;

    EmbeddedLakeFSConnectionDetails(EmbeddedLakeFS server) {
        this.server = server;
    }

    @Override
    public String getEndpoint() {
        return this.server.endpoint();
    }

    @Override
    public String getAccessKeyId() {
        return this.server.accessKeyId();
    }

    @Override
    public String getSecretAccessKey() {
        return this.server.secretAccessKey();
    }

}
