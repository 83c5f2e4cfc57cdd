package dev.lakefs.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of {@code docs/configuration.md}, as user configuration classes run by the auto-configuration against
 * the embedded server. Each snippet region is marked with the section it comes from.
 */
@EmbeddedLakeFSTest
class ConfigurationDocumentationTests {

    static EmbeddedLakeFS server;

    @TempDir
    static Path home;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class, WebClientAutoConfiguration.class))
        .withPropertyValues("user.home=" + home);

    @AfterEach
    void clearFaults() {
        server.faults().clear();
    }

    @Test
    void customizersRunAfterTheProperties() {
        server.faults().latency(Duration.ofMillis(500)).onlyOperations("getCurrentUser");
        this.runner
            .withPropertyValues("lakefs.endpoint=" + server.url(), "lakefs.access-key-id=" + server.accessKeyId(),
                    "lakefs.secret-access-key=" + server.secretAccessKey(), "lakefs.read-timeout=100ms",
                    "lakefs.retry.max-retries=0")
            .withUserConfiguration(ClientCustomizers.class)
            .run((context) -> {
                LakeFSClient client = context.getBean(LakeFSClient.class);

                assertThat(client.getCurrentUser().block().user().id())
                    .as("the customizer's 5 minutes replace lakefs.read-timeout's 100 ms")
                    .isNotEmpty();
                RecordedRequest request = server.recordedRequests().get(server.recordedRequests().size() - 1);
                assertThat(request.headers().get("user-agent")).containsExactly("my-app");
            });
    }

    @Test
    void connectionDetailsBeanReplacesTheProperties() {
        this.runner.withPropertyValues("lakefs.endpoint=" + server.url())
            .withUserConfiguration(ConnectionDetailsConfiguration.class)
            .run((context) -> assertThat(context.getBean(LakeFSClient.class).endpoint())
                .hasToString("http://lakefs:8000/api/v1"));
    }

    @Configuration(proxyBeanMethods = false)
    static class ClientCustomizers {

        // docs/configuration.md: customizing the client
        @Bean
        LakeFSClientCustomizer lakeFSTimeouts() {
            return (builder) -> builder.readTimeout(Duration.ofMinutes(5));
        }

        @Bean
        LakeFSWebClientCustomizer lakeFSUserAgent() {
            return (webClientBuilder) -> webClientBuilder.defaultHeader("User-Agent", "my-app");
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class ConnectionDetailsConfiguration {

        // docs/configuration.md: connection details
        @Bean
        LakeFSConnectionDetails lakeFSConnectionDetails() {
            return () -> "http://lakefs:8000/api/v1"; // getAccessKeyId()/getSecretAccessKey()/getSslBundle() are optional
        }

    }

}
