package dev.lakefs.spring.boot.autoconfigure.docker.compose;

import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.boot.autoconfigure.LakeFSContainerEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.boot.ssl.SslBundle;

/**
 * {@link DockerComposeConnectionDetailsFactory} of {@link LakeFSConnectionDetails} for a {@code treeverse/lakefs}
 * service (or one labelled {@code org.springframework.boot.service-connection: treeverse/lakefs}): the port mapped to
 * 8000, the keys of the service's environment, and the SSL bundle of its
 * {@code org.springframework.boot.sslbundle.*} labels.
 */
class LakeFSDockerComposeConnectionDetailsFactory
        extends DockerComposeConnectionDetailsFactory<LakeFSConnectionDetails> {

    LakeFSDockerComposeConnectionDetailsFactory() {
        super(LakeFSContainerEnvironment.IMAGE);
    }

    @Override
    protected LakeFSConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
        return new LakeFSDockerComposeConnectionDetails(source.getRunningService());
    }

    /** Read once: a Compose service is running before its connection details are created. */
    static final class LakeFSDockerComposeConnectionDetails extends DockerComposeConnectionDetails
            implements LakeFSConnectionDetails {

        private final String endpoint;

        private final LakeFSContainerEnvironment environment;

        private final @Nullable SslBundle sslBundle;

        LakeFSDockerComposeConnectionDetails(RunningService service) {
            super(service);
            this.sslBundle = getSslBundle(service);
            this.endpoint = LakeFSContainerEnvironment.endpoint(this.sslBundle != null, service.host(),
                    service.ports().get(LakeFSContainerEnvironment.PORT));
            this.environment = new LakeFSContainerEnvironment(service.env());
        }

        @Override
        public String getEndpoint() {
            return this.endpoint;
        }

        @Override
        public String getAccessKeyId() {
            return this.environment.getAccessKeyId();
        }

        @Override
        public String getSecretAccessKey() {
            return this.environment.getSecretAccessKey();
        }

        @Override
        public @Nullable SslBundle getSslBundle() {
            return this.sslBundle;
        }

    }

}
