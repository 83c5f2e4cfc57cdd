package dev.lakefs.spring.boot.autoconfigure.docker.compose;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.client.LakeFSClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSDockerComposeConnectionDetailsFactory}, found through {@code spring.factories} as Spring
 * Boot finds it, with a running service described in the test (there is no Docker here) whose mapped port leads to
 * an embedded server.
 */
@EmbeddedLakeFSTest
class LakeFSDockerComposeConnectionDetailsFactoryTests {

    @TempDir
    static Path home;

    static EmbeddedLakeFS server;

    @Test
    void aLakeFSServiceGivesItsMappedPortAndTheKeysOfItsEnvironment() {
        LakeFSConnectionDetails details = connectionDetails(service("treeverse/lakefs:1.84.0", Map.of(),
                Map.of("LAKEFS_INSTALLATION_USER_NAME", "admin", "LAKEFS_INSTALLATION_ACCESS_KEY_ID",
                        server.accessKeyId(), "LAKEFS_INSTALLATION_SECRET_ACCESS_KEY", server.secretAccessKey())));
        assertThat(details).isNotNull();
        assertThat(details.getEndpoint()).isEqualTo("http://127.0.0.1:" + server.port() + "/api/v1");
        assertThat(details.getAccessKeyId()).isEqualTo(server.accessKeyId());
        assertThat(details.getSecretAccessKey()).isEqualTo(server.secretAccessKey());
        assertThat(details.getSslBundle()).isNull();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class))
            .withPropertyValues("user.home=" + home)
            .withBean(LakeFSConnectionDetails.class, () -> details)
            .run((context) -> {
                LakeFSClient client = context.getBean(LakeFSClient.class);
                assertThat(client.endpoint()).hasToString(server.endpoint());
                assertThat(client.getCurrentUser().block().user().id()).isNotEmpty();
            });
    }

    @Test
    void aQuickstartServiceGivesTheQuickstartKeys() {
        LakeFSConnectionDetails details = connectionDetails(
                service("docker.io/treeverse/lakefs:latest", Map.of(), Map.of()));
        assertThat(details).isNotNull();
        // lakeFS's DefaultQuickstartKeyID and DefaultQuickstartSecretKey (pkg/config/defaults.go).
        assertThat(details.getAccessKeyId()).isEqualTo("AKIAIOSFOLQUICKSTART");
        assertThat(details.getSecretAccessKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @Test
    void anotherImageIsAcceptedWhenLabelledAsLakeFS() {
        assertThat(connectionDetails(service("example/lakefs-with-plugins:1", Map.of(), Map.of()))).isNull();
        assertThat(connectionDetails(service("example/lakefs-with-plugins:1",
                Map.of("org.springframework.boot.service-connection", "treeverse/lakefs"), Map.of())))
            .isNotNull();
    }

    @Test
    void otherServicesAreIgnored() {
        assertThat(connectionDetails(service("minio/minio:latest", Map.of(), Map.of()))).isNull();
    }

    private static @Nullable LakeFSConnectionDetails connectionDetails(RunningService service) {
        Map<Class<?>, ConnectionDetails> details = new ConnectionDetailsFactories(null)
            .getConnectionDetails(source(service), false);
        return (LakeFSConnectionDetails) details.get(LakeFSConnectionDetails.class);
    }

    /** Boot creates sources itself; its constructor is package-private. */
    private static DockerComposeConnectionSource source(RunningService service) {
        try {
            Constructor<DockerComposeConnectionSource> constructor = DockerComposeConnectionSource.class
                .getDeclaredConstructor(RunningService.class, org.springframework.core.env.Environment.class);
            constructor.setAccessible(true);
            return constructor.newInstance(service, new StandardEnvironment());
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static RunningService service(String image, Map<String, String> labels, Map<String, String> env) {
        return new Service("lakefs", ImageReference.of(image), "127.0.0.1", new Ports(server.port()), Map.copyOf(env),
                labels);
    }

    /** A service as {@code docker compose ps} and {@code inspect} describe it. */
    private record Service(String name, ImageReference image, String host, ConnectionPorts ports,
            Map<String, @Nullable String> env, Map<String, String> labels) implements RunningService {
    }

    /** Port 8000 of the service mapped to the embedded server's port. */
    private record Ports(int mapped) implements ConnectionPorts {

        @Override
        public int get(int containerPort) {
            if (containerPort != 8000) {
                throw new IllegalStateException("No host port mapped to container port " + containerPort);
            }
            return this.mapped;
        }

        @Override
        public List<Integer> getAll() {
            return List.of(this.mapped);
        }

        @Override
        public List<Integer> getAll(@Nullable String protocol) {
            return List.of(this.mapped);
        }
    }

}
