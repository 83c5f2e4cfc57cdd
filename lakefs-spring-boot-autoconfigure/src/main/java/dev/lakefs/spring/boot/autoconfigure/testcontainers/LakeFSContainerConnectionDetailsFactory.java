package dev.lakefs.spring.boot.autoconfigure.testcontainers;

import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.boot.autoconfigure.LakeFSContainerEnvironment;
import org.jspecify.annotations.Nullable;
import org.testcontainers.containers.Container;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link ContainerConnectionDetailsFactory} of {@link LakeFSConnectionDetails} for a
 * {@link org.springframework.boot.testcontainers.service.connection.ServiceConnection @ServiceConnection} container
 * of the {@code treeverse/lakefs} image: its mapped port 8000 and the keys of its environment.
 */
class LakeFSContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<Container<?>, LakeFSConnectionDetails> {

    LakeFSContainerConnectionDetailsFactory() {
        super(LakeFSContainerEnvironment.IMAGE);
    }

    @Override
    protected LakeFSConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
        return new LakeFSContainerConnectionDetails(source);
    }

    /** Read from the container when asked: the container is started by then. */
    private static final class LakeFSContainerConnectionDetails extends ContainerConnectionDetails<Container<?>>
            implements LakeFSConnectionDetails {

        LakeFSContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
            super(source);
        }

        @Override
        public String getEndpoint() {
            Container<?> container = getContainer();
            return LakeFSContainerEnvironment.endpoint(getSslBundle() != null, container.getHost(),
                    container.getMappedPort(LakeFSContainerEnvironment.PORT));
        }

        @Override
        public String getAccessKeyId() {
            return environment().getAccessKeyId();
        }

        @Override
        public String getSecretAccessKey() {
            return environment().getSecretAccessKey();
        }

        /** The bundle of the container's {@code @Ssl…} annotations, if any. */
        @Override
        public @Nullable SslBundle getSslBundle() {
            return super.getSslBundle();
        }

        private LakeFSContainerEnvironment environment() {
            return new LakeFSContainerEnvironment(getContainer().getEnvMap());
        }

    }

}
