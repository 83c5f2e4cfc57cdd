package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.LakeFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lakeFS that cannot be reached, or refuses the keys, does not stop the application from starting with every
 * lakeFS auto-configuration: nothing calls lakeFS during startup, and the health indicator reports DOWN.
 */
@EmbeddedLakeFSTest
class LakeFSUnavailableAtStartupTests {

    @TempDir
    static Path home;

    static EmbeddedLakeFS server;

    @Test
    void anUnreachableLakeFSStartsWithHealthDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext context = start("lakefs.endpoint=http://127.0.0.1:" + closedPort,
                "lakefs.access-key-id=" + server.accessKeyId(),
                "lakefs.secret-access-key=" + server.secretAccessKey())) {
            assertThat(context.isRunning()).isTrue();
            assertThat(context.getBeansOfType(LakeFS.class)).hasSize(1);
            Health health = lakeFSHealth(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("reachable", false);
        }
    }

    @Test
    void badKeysStartWithHealthDown() {
        try (ConfigurableApplicationContext context = start("lakefs.endpoint=" + server.url(),
                "lakefs.access-key-id=" + server.accessKeyId(), "lakefs.secret-access-key=not-the-secret")) {
            assertThat(context.isRunning()).isTrue();
            Health health = lakeFSHealth(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("reachable", true);
            assertThat(health.getDetails().get("error").toString()).contains("Unauthorized")
                .doesNotContain("not-the-secret");
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
            // Spring Cloud AWS, on this test class path, needs a region to start.
            .properties("user.home=" + home, "lakefs.retry.max-retries=0",
                    "spring.cloud.aws.region.static=us-east-1")
            .properties(properties)
            .run();
    }

    private static Health lakeFSHealth(ConfigurableApplicationContext context) {
        return context.getBean("lakefsHealthIndicator", HealthIndicator.class).health();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {

    }

}
