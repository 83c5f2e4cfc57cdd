package dev.lakefs.spring.boot.autoconfigure.health;

import java.nio.file.Path;
import java.time.Duration;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSHealthContributorAutoConfiguration} and the lakeFS health indicators, against a real
 * (embedded) server.
 */
@EmbeddedLakeFSTest
class LakeFSHealthContributorAutoConfigurationTests {

    @TempDir
    static Path home;

    static EmbeddedLakeFS server;


    private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R configure(R runner, EmbeddedLakeFS target) {
        return configure(runner, target.url());
    }

    private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R configure(R runner, String url) {
        return runner
            .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class,
                    LakeFSHealthContributorAutoConfiguration.class))
            .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + url,
                    "lakefs.access-key-id=" + server.accessKeyId(),
                    "lakefs.secret-access-key=" + server.secretAccessKey(), "lakefs.retry.max-retries=0");
    }

    private ApplicationContextRunner runner() {
        return configure(new ApplicationContextRunner(), server);
    }

    @Test
    void upWithVersionEndpointAndLatency() {
        runner().run((context) -> {
            Health health = context.getBean("lakefsHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            String version = context.getBean(LakeFSClient.class).getConfig().block().versionConfig().version();
            assertThat(health.getDetails()).containsEntry("endpoint", server.endpoint())
                .containsEntry("version", version)
                .containsKey("latency");
            assertThat(health.toString()).doesNotContain(server.secretAccessKey());
        });
    }

    @Test
    void downWhenTheServerIsStopped() {
        EmbeddedLakeFS stopped = EmbeddedLakeFS.builder().build().start();
        String url = stopped.url();
        stopped.stop();
        configure(new ApplicationContextRunner(), url).run((context) -> {
            Health health = context.getBean("lakefsHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("reachable", false).containsKey("error");
        });
    }

    @Test
    void downWithWrongCredentials() {
        runner().withPropertyValues("lakefs.secret-access-key=wrong-secret").run((context) -> {
            Health health = context.getBean("lakefsHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("reachable", true);
            assertThat(health.getDetails().get("error").toString()).contains("Unauthorized")
                .doesNotContain("wrong-secret");
        });
    }

    @Test
    void downWithinTheTimeoutWhenTheServerHangs() {
        EmbeddedLakeFS hung = EmbeddedLakeFS.builder().build().start();
        hung.faults().latency(Duration.ofSeconds(10));
        try {
            configure(new ApplicationContextRunner(), hung).withPropertyValues("lakefs.health.timeout=300ms")
                .run((context) -> {
                    HealthIndicator indicator = context.getBean("lakefsHealthIndicator", HealthIndicator.class);
                    long start = System.nanoTime();
                    Health health = indicator.health();
                    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails().get("error").toString()).contains("did not answer within 300 ms");
                    // Bounded by the timeout, not by the server's 10 s (with a margin for a loaded machine).
                    assertThat(elapsed).isLessThan(Duration.ofSeconds(6));
                });
        }
        finally {
            hung.stop();
        }
    }

    @Test
    void reactiveIndicatorInAReactiveWebApplication() {
        configure(new ReactiveWebApplicationContextRunner(), server).run((context) -> {
            assertThat(context).hasSingleBean(LakeFSReactiveHealthIndicator.class)
                .doesNotHaveBean(LakeFSHealthIndicator.class);
            Health health = context.getBean("lakefsHealthIndicator", ReactiveHealthIndicator.class).health().block();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("endpoint", server.endpoint());
        });
    }

    @Test
    void blockingIndicatorOutsideReactiveWebApplications() {
        runner().run((context) -> assertThat(context).hasSingleBean(LakeFSHealthIndicator.class)
            .doesNotHaveBean(LakeFSReactiveHealthIndicator.class));
    }

    @Test
    void disabledByProperty() {
        runner().withPropertyValues("management.health.lakefs.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("lakefsHealthIndicator"));
    }

    @Test
    void absentWithoutSpringBootHealth() {
        runner().withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
            .run((context) -> assertThat(context).doesNotHaveBean("lakefsHealthIndicator"));
    }

    @Test
    void absentWithoutAClient() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSHealthContributorAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean("lakefsHealthIndicator"));
    }

    @Test
    void backsOffFromAUserIndicator() {
        runner().withBean("lakefsHealthIndicator", HealthIndicator.class, () -> () -> Health.unknown().build())
            .run((context) -> assertThat(context.getBean("lakefsHealthIndicator", HealthIndicator.class).health()
                .getStatus()).isEqualTo(Status.UNKNOWN));
    }

}
