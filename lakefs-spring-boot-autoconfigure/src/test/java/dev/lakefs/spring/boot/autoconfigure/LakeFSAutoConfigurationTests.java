package dev.lakefs.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.LakeFSUnauthorizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.ClientRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LakeFSAutoConfiguration}.
 */
@EmbeddedLakeFSTest
@ExtendWith(OutputCaptureExtension.class)
class LakeFSAutoConfigurationTests {

    static EmbeddedLakeFS server;

    @TempDir
    static Path home;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class))
        .withPropertyValues("user.home=" + home);


    private String[] serverProperties() {
        return new String[] { "lakefs.endpoint=" + server.url(), "lakefs.access-key-id=" + server.accessKeyId(),
                "lakefs.secret-access-key=" + server.secretAccessKey() };
    }

    @Test
    void configuresClientAndHighLevelApiFromProperties() {
        this.runner.withPropertyValues(serverProperties()).run((context) -> {
            assertThat(context).hasSingleBean(LakeFSConnectionDetails.class)
                .hasSingleBean(LakeFSClient.class)
                .hasSingleBean(LakeFS.class);
            LakeFSClient client = context.getBean(LakeFSClient.class);
            assertThat(client.endpoint()).hasToString(server.endpoint());
            assertThat(client.getCurrentUser().block().user().id()).isNotEmpty();
        });
    }

    @Test
    void clientBuilderIsAPrototype() {
        this.runner.withPropertyValues(serverProperties()).run((context) -> {
            assertThat(context.getBean(LakeFSClient.Builder.class))
                .isNotSameAs(context.getBean(LakeFSClient.Builder.class));
        });
    }

    @Test
    void startupMakesNoNetworkCall() {
        // Nothing listens on port 1: the context must start all the same.
        this.runner.withPropertyValues("lakefs.endpoint=http://127.0.0.1:1").run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(LakeFSClient.class);
        });
    }

    @Test
    void credentialsAreSentOnlyWhenConfigured() {
        this.runner.withPropertyValues("lakefs.endpoint=" + server.url(), "lakefs.retry.max-retries=0")
            .run((context) -> assertThatExceptionOfType(LakeFSUnauthorizedException.class)
                .isThrownBy(() -> context.getBean(LakeFSClient.class).getCurrentUser().block()));
    }

    @Test
    void backsOffWithoutTheClientOnTheClasspath() {
        this.runner.withPropertyValues(serverProperties())
            .withClassLoader(new FilteredClassLoader(LakeFSClient.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSClient.class)
                .doesNotHaveBean(LakeFSConnectionDetails.class)
                .doesNotHaveBean(LakeFSProperties.class));
    }

    @Test
    void backsOffFromUserBeans() {
        this.runner.withPropertyValues("lakefs.endpoint=http://127.0.0.1:1")
            .withUserConfiguration(UserBeansConfiguration.class)
            .run((context) -> {
                assertThat(context).hasSingleBean(LakeFSClient.class).hasSingleBean(LakeFS.class)
                    .hasSingleBean(LakeFSConnectionDetails.class);
                assertThat(context.getBean(LakeFSClient.class)).isSameAs(context.getBean("userClient"));
                assertThat(context.getBean(LakeFS.class)).isSameAs(context.getBean("userLakeFS"));
                assertThat(context.getBean(LakeFSConnectionDetails.class))
                    .isSameAs(context.getBean("userConnectionDetails"));
            });
    }

    @Test
    void userConnectionDetailsReplaceTheProperties() {
        this.runner.withPropertyValues("lakefs.endpoint=http://127.0.0.1:1")
            .withBean(LakeFSConnectionDetails.class, () -> new LakeFSConnectionDetails() {
                @Override
                public String getEndpoint() {
                    return server.endpoint();
                }

                @Override
                public String getAccessKeyId() {
                    return server.accessKeyId();
                }

                @Override
                public String getSecretAccessKey() {
                    return server.secretAccessKey();
                }
            })
            .run((context) -> {
                LakeFSClient client = context.getBean(LakeFSClient.class);
                assertThat(client.endpoint()).hasToString(server.endpoint());
                assertThat(client.getCurrentUser().block()).isNotNull();
            });
    }

    @Test
    void appliesCustomizersInOrder() {
        List<String> calls = new ArrayList<>();
        this.runner.withPropertyValues(serverProperties())
            .withBean("second", LakeFSClientCustomizer.class, () -> new OrderedCustomizer(2, "second", calls))
            .withBean("first", LakeFSClientCustomizer.class, () -> new OrderedCustomizer(1, "first", calls))
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(calls).containsExactly("first", "second");
            });
    }

    @Test
    void startsFromBootsWebClientBuilderAndAppliesLakeFSWebClientCustomizers() {
        List<String> seen = new ArrayList<>();
        this.runner.withPropertyValues(serverProperties())
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
            .withBean(org.springframework.boot.webclient.WebClientCustomizer.class,
                    () -> (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied"))
            .withBean(LakeFSWebClientCustomizer.class, () -> (builder) -> builder.filter((request, next) -> {
                seen.add(request.method() + " " + request.headers().getFirst("X-Boot-Customizer"));
                return next.exchange(ClientRequest.from(request).build());
            }))
            .run((context) -> {
                context.getBean(LakeFSClient.class).getCurrentUser().block();
                assertThat(seen).contains("GET applied");
            });
    }

    @Test
    void logsWhereTheConfigurationCameFromWithoutSecrets(CapturedOutput output) {
        this.runner.withPropertyValues(serverProperties()).run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(output).contains("Using lakeFS at " + server.endpoint() + " (configured by lakefs.* properties)")
                .doesNotContain(server.secretAccessKey());
        });
    }

    @Test
    void fallsBackToLakectlEnvironmentVariables(CapturedOutput output) {
        this.runner
            .withPropertyValues("LAKECTL_SERVER_ENDPOINT_URL=" + server.url(),
                    "LAKECTL_CREDENTIALS_ACCESS_KEY_ID=" + server.accessKeyId(),
                    "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY=" + server.secretAccessKey())
            .run((context) -> {
                LakeFSClient client = context.getBean(LakeFSClient.class);
                assertThat(client.endpoint()).hasToString(server.endpoint());
                assertThat(client.getCurrentUser().block()).isNotNull();
                assertThat(output).contains("(configured by environment variables LAKECTL_*)")
                    .doesNotContain(server.secretAccessKey());
            });
    }

    @Test
    void fallsBackToLakectlYaml(@TempDir Path otherHome) throws Exception {
        Path file = LakectlConfigurationLoaderTests.writeLakectlYaml(otherHome.resolve(".lakectl.yaml"), server.url(),
                server.accessKeyId(), server.secretAccessKey());
        this.runner.withPropertyValues("user.home=" + otherHome).run((context) -> {
            LakeFSClient client = context.getBean(LakeFSClient.class);
            assertThat(client.endpoint()).hasToString(server.endpoint());
            assertThat(client.getCurrentUser().block()).isNotNull();
            assertThat(context.getBean(PropertiesLakeFSConnectionDetails.class).getSource())
                .isEqualTo(file.toString());
        });
    }

    @Test
    void explicitPropertiesWinOverLakectl() {
        this.runner
            .withPropertyValues("LAKECTL_SERVER_ENDPOINT_URL=http://lakectl.example.com",
                    "LAKECTL_CREDENTIALS_ACCESS_KEY_ID=AKIALAKECTL", "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY=lakectl")
            .withPropertyValues(serverProperties())
            .run((context) -> {
                assertThat(context.getBean(LakeFSClient.class).endpoint()).hasToString(server.endpoint());
                LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
                assertThat(details.getAccessKeyId()).isEqualTo(server.accessKeyId());
            });
    }

    @Test
    void explicitCredentialsWinOverLakectlCredentials() {
        this.runner
            .withPropertyValues("LAKECTL_SERVER_ENDPOINT_URL=" + server.url(),
                    "LAKECTL_CREDENTIALS_ACCESS_KEY_ID=AKIALAKECTL", "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY=lakectl",
                    "lakefs.access-key-id=" + server.accessKeyId(),
                    "lakefs.secret-access-key=" + server.secretAccessKey())
            .run((context) -> {
                PropertiesLakeFSConnectionDetails details = context.getBean(PropertiesLakeFSConnectionDetails.class);
                assertThat(details.getAccessKeyId()).isEqualTo(server.accessKeyId());
                assertThat(details.getSource())
                    .isEqualTo("environment variables LAKECTL_*, credentials from lakefs.* properties");
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserBeansConfiguration {

        @Bean
        LakeFSConnectionDetails userConnectionDetails() {
            return () -> "http://127.0.0.1:2/api/v1";
        }

        @Bean
        LakeFSClient userClient() {
            return LakeFSClient.builder().endpoint("http://127.0.0.1:3").build();
        }

        @Bean
        LakeFS userLakeFS(LakeFSClient userClient) {
            return LakeFS.of(userClient);
        }

    }

    record OrderedCustomizer(int order, String name, List<String> calls)
            implements LakeFSClientCustomizer, org.springframework.core.Ordered {

        @Override
        public void customize(LakeFSClient.Builder builder) {
            this.calls.add(this.name);
        }

        @Override
        public int getOrder() {
            return this.order;
        }

    }

}
