package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.lakefs.embedded.EmbeddedLakeFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link InvalidLakeFSConfigurationFailureAnalyzer}: each bad configuration fails at startup with an
 * analysis that names the setting, says what is wrong and what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidLakeFSConfigurationFailureAnalyzerTests {

    @TempDir
    Path home;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, LakeFSAutoConfiguration.class))
            .withPropertyValues("user.home=" + this.home);
    }

    @Test
    void malformedEndpoint() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=ftp://lakefs.example.com");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.endpoint",
                "The endpoint 'ftp://lakefs.example.com' is not a valid lakeFS URL",
                "the scheme 'ftp' is not supported");
        assertThat(analysis.getAction()).contains("Set lakefs.endpoint to the URL of your lakeFS server");
    }

    @Test
    void halfAKeyPair() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=http://localhost:8000", "lakefs.access-key-id=AKIA");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.secret-access-key",
                "lakefs.access-key-id is set but lakefs.secret-access-key is not");
        assertThat(analysis.getAction())
            .isEqualTo("Set both lakefs.access-key-id and lakefs.secret-access-key, or neither.");
    }

    @Test
    void halfAKeyPairFromLakectl() {
        FailureAnalysis analysis = analyze("LAKECTL_SERVER_ENDPOINT_URL=http://localhost:8000",
                "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY=secret-only");
        assertThat(analysis.getDescription()).contains("Setting: LAKECTL_CREDENTIALS_ACCESS_KEY_ID")
            .doesNotContain("secret-only");
    }

    @Test
    void missingCaCertificateFile() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=https://localhost:8443",
                "lakefs.ssl.ca-certificate=file:" + this.home.resolve("missing.pem"));
        assertThat(analysis.getDescription()).contains("Setting: lakefs.ssl.ca-certificate", "missing.pem",
                "cannot be read");
        assertThat(analysis.getAction()).contains("readable PEM file");
    }

    @Test
    void invalidCaCertificateFile() throws IOException {
        Path notPem = Files.writeString(this.home.resolve("not-a-cert.pem"), "this is not a certificate\n");
        FailureAnalysis analysis = analyze("lakefs.endpoint=https://localhost:8443",
                "lakefs.ssl.ca-certificate=file:" + notPem);
        assertThat(analysis.getDescription()).contains("Setting: lakefs.ssl.ca-certificate", "is not valid",
                "Missing certificates or unrecognized format");
    }

    @Test
    void corruptCaCertificateFile() throws IOException {
        Path corrupt = Files.writeString(this.home.resolve("corrupt.pem"),
                "-----BEGIN CERTIFICATE-----\nAAAAbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n");
        FailureAnalysis analysis = analyze("lakefs.endpoint=https://localhost:8443",
                "lakefs.ssl.ca-certificate=file:" + corrupt);
        assertThat(analysis.getDescription()).contains("Setting: lakefs.ssl.ca-certificate", "is not valid");
    }

    @Test
    void unknownSslBundle() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=https://localhost:8443", "lakefs.ssl.bundle=nope");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.ssl.bundle",
                "There is no SSL bundle named 'nope'");
        assertThat(analysis.getAction()).contains("spring.ssl.bundle.pem.nope.*");
    }

    @Test
    void caCertificateAndBundleAreMutuallyExclusive() {
        runner().withPropertyValues("lakefs.endpoint=https://localhost:8443", "lakefs.ssl.bundle=a",
                "lakefs.ssl.ca-certificate=classpath:b.pem")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(MutuallyExclusiveConfigurationPropertiesException.class));
    }

    @Test
    void badProxyUrl() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=http://localhost:8000",
                "lakefs.proxy.url=socks://proxy:1080");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.proxy.url", "socks://proxy:1080",
                "it must start with http://");
    }

    @Test
    void proxyUrlWithoutHost() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=http://localhost:8000", "lakefs.proxy.url=http://");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.proxy.url");
    }

    @Test
    void halfProxyCredentials() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=http://localhost:8000",
                "lakefs.proxy.url=http://proxy:3128", "lakefs.proxy.password=proxy-secret");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.proxy.username")
            .doesNotContain("proxy-secret");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            htp:/x                    | the scheme 'htp' is not supported, use http or https
            https:/lakefs.example.com | 'https:' must be followed by '//', as in https://lakefs.example.com
            HTTP:lakefs.example.com   | 'HTTP:' must be followed by '//', as in http://lakefs.example.com
            http//x                   | the ':' after 'http' is missing, as in http://lakefs.example.com
            http://lakefs:70000       | the port 70000 is above 65535
            lakefs:65536              | the port 65536 is above 65535
            ftp://lakefs.example.com  | the scheme 'ftp' is not supported, use http or https
            """)
    void malformedEndpointsAreReportedWithTheirOrigin(String endpoint, String problem) {
        FailureAnalysis analysis = analyzeFromEnvironmentVariables(Map.of("LAKEFS_ENDPOINT", endpoint));
        assertThat(analysis.getDescription()).contains("Setting: lakefs.endpoint",
                "Origin: \"LAKEFS_ENDPOINT\" from property source",
                "The endpoint '" + endpoint + "' is not a valid lakeFS URL: " + problem + ".");
        assertThat(analysis.getAction()).contains("Set lakefs.endpoint to the URL of your lakeFS server");
    }

    @Test
    void aMistypedSchemeNeverEchoesCredentials() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=admin:hunter2@lakefs.example.com");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.endpoint").doesNotContain("hunter2");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            lakefs.connect-timeout | 0s   | LAKEFS_CONNECT_TIMEOUT | lakefs.connect-timeout is 0ms; it must be longer than zero.
            lakefs.read-timeout    | -5s  | LAKEFS_READ_TIMEOUT    | lakefs.read-timeout is -5000ms; it must be longer than zero.
            lakefs.health.timeout  | 0ms  | LAKEFS_HEALTH_TIMEOUT  | lakefs.health.timeout is 0ms; it must be longer than zero.
            """)
    void timeoutsMustBePositive(String setting, String value, String variable, String problem) {
        FailureAnalysis analysis = analyzeFromEnvironmentVariables(
                Map.of("LAKEFS_ENDPOINT", "http://localhost:8000", variable, value));
        assertThat(analysis.getDescription()).contains("Setting: " + setting,
                "Origin: \"" + variable + "\" from property source", "Problem: " + problem);
        assertThat(analysis.getAction()).startsWith("Set " + setting + " to a positive duration");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            lakefs.retry.max-retries | -1  | lakefs.retry.max-retries is -1; it must not be negative (0 disables retries).
            lakefs.retry.multiplier  | 0.5 | lakefs.retry.multiplier is 0.5; it must be a number of at least 1.
            lakefs.retry.delay       | -1s | lakefs.retry.delay is -1000ms; it must not be negative.
            lakefs.retry.jitter      | -1s | lakefs.retry.jitter is -1000ms; it must not be negative.
            lakefs.retry.max-delay   | 1ms | lakefs.retry.max-delay is 1ms; it must not be shorter than lakefs.retry.delay (100ms).
            """)
    void retrySettingsAreReportedByTheirPropertyName(String setting, String value, String problem) {
        FailureAnalysis analysis = analyze("lakefs.endpoint=http://localhost:8000", setting + "=" + value);
        assertThat(analysis.getDescription()).contains("Setting: " + setting, "Problem: " + problem)
            .doesNotContain("maxRetries", "maxDelay");
        assertThat(analysis.getAction()).isEqualTo("Correct " + setting + ", or remove it to use the default.");
    }

    @Test
    void embeddedServerEnabledWithoutTheDependency() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=https://lakefs.example.com",
                "lakefs.embedded.enabled=true");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.embedded.enabled",
                "dev.lakefs.spring:lakefs-embedded is not on the classpath",
                "would otherwise use the lakeFS at https://lakefs.example.com/api/v1");
        assertThat(analysis.getAction()).contains("Add the dependency dev.lakefs.spring:lakefs-embedded");
    }

    @Test
    void embeddedServerEnabledButItsAutoConfigurationExcluded() {
        runner().withPropertyValues("lakefs.endpoint=https://lakefs.example.com", "lakefs.embedded.enabled=true")
            .run((context) -> {
                FailureAnalysis analysis = new InvalidLakeFSConfigurationFailureAnalyzer(null)
                    .analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("Setting: lakefs.embedded.enabled",
                        "auto-configuration did not run");
            });
    }

    @Test
    void noEndpointAndNoEmbeddedServer() {
        FailureAnalysis analysis = analyze();
        assertThat(analysis.getDescription()).contains("Setting: lakefs.endpoint", "No lakeFS endpoint is configured");
        assertThat(analysis.getAction()).contains("LAKECTL_SERVER_ENDPOINT_URL", "lakefs-embedded");
    }

    @Test
    void applicationPrintsTheAnalysisWithTheOriginOfTheProperty(CapturedOutput output) throws IOException {
        Path config = Files.writeString(this.home.resolve("application.properties"),
                "lakefs.endpoint=ftp://lakefs.example.com\n");
        SpringApplicationBuilder application = new SpringApplicationBuilder(EmptyApplication.class)
            .web(WebApplicationType.NONE)
            .properties("spring.config.location=file:" + config, "user.home=" + this.home);
        assertThatException().isThrownBy(application::run);
        assertThat(output).contains("APPLICATION FAILED TO START", "Setting: lakefs.endpoint",
                "Origin: URL [file:" + config + "] - 1:17", "the scheme 'ftp' is not supported", "Action:",
                "Set lakefs.endpoint to the URL of your lakeFS server");
    }

    /** Sets properties as environment variables would, so that the report shows the origin as the user wrote it. */
    private FailureAnalysis analyzeFromEnvironmentVariables(Map<String, Object> variables) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        Environment[] environment = new Environment[1];
        runner().withInitializer((context) -> {
            environment[0] = context.getEnvironment();
            context.getEnvironment()
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        })
            .withClassLoader(new FilteredClassLoader(EmbeddedLakeFS.class))
            .run((context) -> {
                assertThat(context).hasFailed();
                analysis[0] = new InvalidLakeFSConfigurationFailureAnalyzer(environment[0])
                    .analyze(context.getStartupFailure());
            });
        assertThat(analysis[0]).as("failure analysis").isNotNull();
        return analysis[0];
    }

    private FailureAnalysis analyze(String... properties) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        runner().withPropertyValues(properties)
            .withClassLoader(new FilteredClassLoader(EmbeddedLakeFS.class))
            .run((context) -> {
                assertThat(context).hasFailed();
                analysis[0] = new InvalidLakeFSConfigurationFailureAnalyzer(null).analyze(context.getStartupFailure());
            });
        assertThat(analysis[0]).as("failure analysis").isNotNull();
        return analysis[0];
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class EmptyApplication {

    }

}
