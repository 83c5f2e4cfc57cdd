package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void inconsistentRetrySettings() {
        FailureAnalysis analysis = analyze("lakefs.endpoint=http://localhost:8000", "lakefs.retry.multiplier=0.5");
        assertThat(analysis.getDescription()).contains("Setting: lakefs.retry", "multiplier");
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
