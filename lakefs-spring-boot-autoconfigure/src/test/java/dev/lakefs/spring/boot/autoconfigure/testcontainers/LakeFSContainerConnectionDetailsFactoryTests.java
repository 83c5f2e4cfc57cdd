package dev.lakefs.spring.boot.autoconfigure.testcontainers;

import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.boot.autoconfigure.embedded.LakeFSEmbeddedAutoConfiguration;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsNotFoundException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSContainerConnectionDetailsFactory} without Docker: Spring Boot's own
 * {@code @ServiceConnection} processing meets a {@code treeverse/lakefs} container that is never started, whose
 * mapped port leads to an embedded server. {@link LakeFSContainerIntegrationTests} runs the real image where Docker is
 * available.
 */
@EmbeddedLakeFSTest
class LakeFSContainerConnectionDetailsFactoryTests {

    @TempDir
    static Path home;

    static EmbeddedLakeFS server;

    // With the embedded default's auto-configuration and no endpoint: the service connection wins over it.
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ServiceConnectionAutoConfiguration.class,
                LakeFSEmbeddedAutoConfiguration.class, LakeFSAutoConfiguration.class))
        .withPropertyValues("user.home=" + home);

    @Test
    void aServiceConnectionGivesTheMappedPortAndTheKeysOfTheContainer() {
        this.runner.withUserConfiguration(WithKeys.class).run((context) -> {
            LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
            assertThat(details.getClass().getName()).contains("LakeFSContainerConnectionDetails");
            assertThat(context).doesNotHaveBean(EmbeddedLakeFS.class);
            assertThat(details.getEndpoint()).isEqualTo("http://127.0.0.1:" + server.port() + "/api/v1");
            assertThat(details.getAccessKeyId()).isEqualTo(server.accessKeyId());
            assertThat(details.getSecretAccessKey()).isEqualTo(server.secretAccessKey());
            LakeFSClient client = context.getBean(LakeFSClient.class);
            assertThat(client.endpoint()).hasToString(server.endpoint());
            assertThat(client.getCurrentUser().block().user().id()).isNotEmpty();
        });
    }

    @Test
    void aQuickstartContainerGivesTheQuickstartKeys() {
        this.runner.withUserConfiguration(Quickstart.class).run((context) -> {
            LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
            // lakeFS's DefaultQuickstartKeyID and DefaultQuickstartSecretKey (pkg/config/defaults.go).
            assertThat(details.getAccessKeyId()).isEqualTo("AKIAIOSFOLQUICKSTART");
            assertThat(details.getSecretAccessKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        });
    }

    @Test
    void otherImagesAreNotLakeFS() {
        // Asked for lakeFS details, no factory accepts the image: Spring Boot reports it.
        this.runner.withUserConfiguration(OtherImage.class)
            .run((context) -> assertThat(context).getFailure()
                .isInstanceOf(ConnectionDetailsNotFoundException.class)
                .hasMessageContaining("OtherImage.minio"));
    }

    @Configuration(proxyBeanMethods = false)
    @ImportTestcontainers
    static class WithKeys {

        @ServiceConnection
        static final GenericContainer<?> lakeFS = new UnstartedContainer("treeverse/lakefs:1.84.0", server.port())
            .withEnv("LAKEFS_INSTALLATION_USER_NAME", "admin")
            .withEnv("LAKEFS_INSTALLATION_ACCESS_KEY_ID", server.accessKeyId())
            .withEnv("LAKEFS_INSTALLATION_SECRET_ACCESS_KEY", server.secretAccessKey());

    }

    @Configuration(proxyBeanMethods = false)
    @ImportTestcontainers
    static class Quickstart {

        @ServiceConnection
        static final GenericContainer<?> lakeFS = new UnstartedContainer("treeverse/lakefs:latest", server.port())
            .withCommand("run", "--quickstart");

    }

    @Configuration(proxyBeanMethods = false)
    @ImportTestcontainers
    static class OtherImage {

        @ServiceConnection(type = LakeFSConnectionDetails.class)
        static final GenericContainer<?> minio = new UnstartedContainer("minio/minio:latest", server.port());

    }

    /**
     * A container that is never started: it reports the image it was created with and a mapped port given by the
     * test, so no Docker is needed.
     */
    static final class UnstartedContainer extends GenericContainer<UnstartedContainer> {

        private final String image;

        private final int mappedPort;

        UnstartedContainer(String image, int mappedPort) {
            super(image);
            this.image = image;
            this.mappedPort = mappedPort;
            withExposedPorts(8000);
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public String getDockerImageName() {
            return this.image;
        }

        @Override
        public String getHost() {
            return "127.0.0.1";
        }

        @Override
        public Integer getMappedPort(int originalPort) {
            assertThat(originalPort).isEqualTo(8000);
            return this.mappedPort;
        }

    }

}
