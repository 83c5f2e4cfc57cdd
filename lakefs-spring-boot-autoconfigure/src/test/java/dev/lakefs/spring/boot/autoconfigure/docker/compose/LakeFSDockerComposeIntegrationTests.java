package dev.lakefs.spring.boot.autoconfigure.docker.compose;

import java.nio.file.Path;
import java.time.Duration;

import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Spring Boot's Docker Compose support starts {@code src/test/resources/docker/compose/lakefs-compose.yaml} (lakeFS
 * with its own keys) and the application connects to it. Runs only where Docker is available (skipped otherwise),
 * e.g. {@code ./mvnw -pl lakefs-spring-boot-autoconfigure -am test -Dtest=LakeFSDockerComposeIntegrationTests
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Testcontainers(disabledWithoutDocker = true)
class LakeFSDockerComposeIntegrationTests {

    private static final Path COMPOSE_FILE = Path.of("src/test/resources/docker/compose/lakefs-compose.yaml");

    @Test
    void connectsToTheComposeServiceWithTheKeysOfItsEnvironment() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
            .web(WebApplicationType.NONE)
            .properties("spring.docker.compose.file=" + COMPOSE_FILE.toAbsolutePath(),
                    "spring.docker.compose.skip.in-tests=false",
                    "spring.docker.compose.lifecycle-management=start-and-stop",
                    "spring.cloud.aws.region.static=us-east-1")
            .run()) {
            LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
            assertThat(details.getAccessKeyId()).isEqualTo("AKIAIOSFDNN7EXAMPLEQ");
            assertThat(details.getEndpoint()).endsWith("/api/v1");
            LakeFSClient client = context.getBean(LakeFSClient.class);
            // lakeFS creates the installation user just after it starts listening.
            await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(client.getCurrentUser().block().user().id()).isEqualTo("admin"));
        }
    }

    @SpringBootApplication
    static class Application {

    }

}
