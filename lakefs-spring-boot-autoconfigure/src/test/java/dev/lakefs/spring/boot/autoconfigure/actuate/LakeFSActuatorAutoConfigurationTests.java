package dev.lakefs.spring.boot.autoconfigure.actuate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSProperties;
import dev.lakefs.spring.boot.autoconfigure.actuate.LakeFSEndpoint.LakeFSDescriptor;
import dev.lakefs.spring.boot.autoconfigure.transaction.LakeFSTransactionAutoConfiguration;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.RetrySettings;
import dev.lakefs.spring.client.model.Config;
import dev.lakefs.spring.transaction.CleanupReport;
import dev.lakefs.spring.transaction.LakeFSTransactionManager;
import dev.lakefs.spring.transaction.TransactionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSActuatorAutoConfiguration}: the {@code lakefs} endpoint, the info contributor and the
 * masking of secrets.
 */
@EmbeddedLakeFSTest
@ExtendWith(OutputCaptureExtension.class)
class LakeFSActuatorAutoConfigurationTests {

    private static final String PROXY_SECRET = "proxy-password-value";

    @TempDir
    static Path home;

    static EmbeddedLakeFS server;


    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class, LakeFSAutoConfiguration.class,
                LakeFSActuatorAutoConfiguration.class))
        .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + server.url(),
                "lakefs.access-key-id=" + server.accessKeyId(),
                "lakefs.secret-access-key=" + server.secretAccessKey(), "lakefs.retry.max-retries=2",
                "management.endpoints.web.exposure.include=lakefs,configprops,env,info");

    @Test
    void endpointDescribesTheConnectionAndTheServer() {
        this.runner.run((context) -> {
            LakeFSDescriptor descriptor = context.getBean(LakeFSEndpoint.class).lakeFS();
            Config config = context.getBean(LakeFSClient.class).getConfig().block();
            assertThat(descriptor.endpoint()).isEqualTo(server.endpoint());
            assertThat(descriptor.server().version()).isEqualTo(config.versionConfig().version());
            assertThat(descriptor.server().storageType()).isEqualTo(config.storageConfig().blockstoreType());
            assertThat(descriptor.server().error()).isNull();
            assertThat(descriptor.retry()).isEqualTo(RetrySettings.defaults().withMaxRetries(2));
            assertThat(descriptor.openTransactions()).isNull();
        });
    }

    @Test
    void endpointReportsAnUnreachableServerInsteadOfFailing() {
        this.runner.withPropertyValues("lakefs.endpoint=http://127.0.0.1:1", "lakefs.retry.max-retries=0")
            .run((context) -> {
                LakeFSDescriptor descriptor = context.getBean(LakeFSEndpoint.class).lakeFS();
                assertThat(descriptor.server().version()).isNull();
                assertThat(descriptor.server().error()).isNotBlank();
            });
    }

    @Test
    void endpointShowsOpenTransactionsAndCleansUpAbandonedOnes() {
        this.runner
            .withConfiguration(AutoConfigurations.of(LakeFSTransactionAutoConfiguration.class))
            .run((context) -> {
                LakeFS lakeFS = context.getBean(LakeFS.class);
                lakeFS.repository("tx-repo").create("mem://bucket/tx-repo");
                LakeFSEndpoint endpoint = context.getBean(LakeFSEndpoint.class);
                LakeFSTransactionManager transactions = context.getBean(LakeFSTransactionManager.class);
                String ephemeralBranch = transactions.execute(TransactionDefinition.of("tx-repo", "main"),
                        (transaction) -> {
                            LakeFSDescriptor descriptor = endpoint.lakeFS();
                            assertThat(descriptor.openTransactions()).singleElement().satisfies((open) -> {
                                assertThat(open.repository()).isEqualTo("tx-repo");
                                assertThat(open.sourceBranch()).isEqualTo("main");
                            });
                            return descriptor.openTransactions().get(0).branch();
                        });
                assertThat(endpoint.lakeFS().openTransactions()).isEmpty();
                assertThat(ephemeralBranch).startsWith("tx-");
                // A branch left by a process killed two hours ago (transaction branches are named
                // tx-<creation epoch second in base 36>-<random>).
                String abandoned = "tx-" + Long.toString(Instant.now().minus(Duration.ofHours(2)).getEpochSecond(), 36)
                        + "-00000000ab";
                lakeFS.repository("tx-repo").branch(abandoned).create("main");
                CleanupReport report = endpoint.cleanUpAbandonedTransactions("tx-repo", null);
                assertThat(report.repository()).isEqualTo("tx-repo");
                assertThat(report.olderThan()).isEqualTo(Duration.ofHours(1));
                assertThat(report.removedBranches()).containsExactly(abandoned);
                assertThat(report.failedBranches()).isEmpty();
                assertThat(lakeFS.repository("tx-repo").branch(abandoned).exists()).isFalse();
                assertThat(lakeFS.repository("tx-repo").branch("main").exists()).isTrue();
            });
    }

    @Test
    void endpointIsAbsentUnlessExposed() {
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=health")
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSEndpoint.class));
    }

    @Test
    void nothingWithoutTheActuator() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class,
                    LakeFSActuatorAutoConfiguration.class))
            .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + server.url())
            .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSEndpoint.class)
                .doesNotHaveBean(LakeFSInfoContributor.class)
                .doesNotHaveBean(LakeFSSecretsSanitizingFunction.class));
    }

    @Test
    void infoContributorAddsEndpointAndVersion() {
        this.runner.withConfiguration(AutoConfigurations.of(InfoContributorAutoConfiguration.class)).run((context) -> {
            Info.Builder builder = new Info.Builder();
            context.getBean(LakeFSInfoContributor.class).contribute(builder);
            String version = context.getBean(LakeFSClient.class).getConfig().block().versionConfig().version();
            assertThat(builder.build().getDetails()).containsEntry("lakefs",
                    Map.of("endpoint", server.endpoint(), "version", version));
        });
    }

    @Test
    void infoContributorCanBeDisabled() {
        this.runner.withPropertyValues("management.info.lakefs.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSInfoContributor.class));
    }

    @Test
    void secretsAreMaskedInConfigpropsEnvAndLogsEvenWhenValuesAreShown(CapturedOutput output) {
        this.runner
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesReportEndpointAutoConfiguration.class,
                    EnvironmentEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoint.configprops.show-values=always",
                    "management.endpoint.env.show-values=always", "lakefs.proxy.url=http://127.0.0.1:3128",
                    "lakefs.proxy.username=proxy-user", "lakefs.proxy.password=" + PROXY_SECRET,
                    "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY=lakectl-secret-value")
            .run((context) -> {
                JsonMapper json = JsonMapper.builder().findAndAddModules().build();
                String configprops = json.writeValueAsString(
                        context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
                String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
                assertThat(configprops).contains("proxy-user").contains(server.accessKeyId());
                assertThat(env).contains("proxy-user");
                for (String document : new String[] { configprops, env, output.toString() }) {
                    assertThat(document).doesNotContain(server.secretAccessKey(), PROXY_SECRET,
                            "lakectl-secret-value");
                }
            });
    }

    @Test
    void thePasswordInTheProxyUrlIsMaskedInConfigpropsEnvAndLogs(CapturedOutput output) {
        this.runner
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesReportEndpointAutoConfiguration.class,
                    EnvironmentEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoint.configprops.show-values=always",
                    "management.endpoint.env.show-values=always",
                    "lakefs.proxy.url=http://proxy-user:" + PROXY_SECRET + "@127.0.0.1:3128")
            .run((context) -> {
                JsonMapper json = JsonMapper.builder().findAndAddModules().build();
                String configprops = json.writeValueAsString(
                        context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
                String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
                assertThat(configprops).contains("http://proxy-user:******@127.0.0.1:3128");
                assertThat(env).contains("http://proxy-user:******@127.0.0.1:3128");
                for (String document : new String[] { configprops, env, output.toString(),
                        context.getBean(LakeFSProperties.class).toString() }) {
                    assertThat(document).doesNotContain(PROXY_SECRET);
                }
            });
    }

    @Test
    void sanitizingFunctionRecognisesEverySpellingOfTheSecrets() {
        assertThat(LakeFSSecretsSanitizingFunction.isSecret("lakefs.secret-access-key")).isTrue();
        assertThat(LakeFSSecretsSanitizingFunction.isSecret("lakefs.secretAccessKey")).isTrue();
        assertThat(LakeFSSecretsSanitizingFunction.isSecret("lakefs.proxy.password")).isTrue();
        assertThat(LakeFSSecretsSanitizingFunction.isSecret("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(LakeFSSecretsSanitizingFunction.isSecret("lakefs.access-key-id")).isFalse();
        assertThat(LakeFSSecretsSanitizingFunction.isSecret("spring.datasource.password")).isFalse();
        assertThat(LakeFSSecretsSanitizingFunction.isUrlWithCredentials("lakefs.proxy.url")).isTrue();
        assertThat(LakeFSSecretsSanitizingFunction.isUrlWithCredentials("LAKEFS_PROXY_URL")).isTrue();
        assertThat(LakeFSSecretsSanitizingFunction.isUrlWithCredentials("lakefs.endpoint")).isFalse();
    }

}
