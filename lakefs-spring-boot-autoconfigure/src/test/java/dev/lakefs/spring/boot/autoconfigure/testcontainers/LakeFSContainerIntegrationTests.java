package dev.lakefs.spring.boot.autoconfigure.testcontainers;

import java.time.Duration;

import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code treeverse/lakefs} container with {@code @ServiceConnection}, which wins over the embedded default
 * (on this class path): runs only where Docker is available (skipped otherwise), e.g.
 * {@code ./mvnw -pl lakefs-spring-boot-autoconfigure -am test -Dtest=LakeFSContainerIntegrationTests
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Testcontainers(disabledWithoutDocker = true)
// Spring Cloud AWS, on this module's test class path, needs a region.
@SpringBootTest(properties = "spring.cloud.aws.region.static=us-east-1")
class LakeFSContainerIntegrationTests {

    @Container
    @ServiceConnection
    static final GenericContainer<?> lakeFS = new GenericContainer<>("treeverse/lakefs:1.84.0")
        .withCommand("run", "--quickstart")
        .withExposedPorts(8000)
        .waitingFor(Wait.forHttp("/api/v1/healthcheck").forStatusCode(204).withStartupTimeout(Duration.ofMinutes(2)));

    @Autowired
    LakeFSConnectionDetails connectionDetails;

    @Autowired
    LakeFSClient client;

    @Test
    void connectsToTheContainerWithItsQuickstartKeys() {
        assertThat(this.connectionDetails.getEndpoint())
            .isEqualTo("http://" + lakeFS.getHost() + ":" + lakeFS.getMappedPort(8000) + "/api/v1");
        // lakeFS's DefaultQuickstartUsername (pkg/config/defaults.go).
        assertThat(this.client.getCurrentUser().block().user().id()).isEqualTo("quickstart");
    }

    @SpringBootApplication
    static class Application {

    }

}
