package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.LakeFSTransportException;
import dev.lakefs.spring.client.model.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * TLS for real: the embedded server serves HTTPS with a certificate issued by a CA the test creates, and the
 * auto-configured client trusts it through {@code lakefs.ssl.*}.
 */
@ExtendWith(OutputCaptureExtension.class)
class LakeFSTlsIntegrationTests {

    @TempDir
    static Path directory;

    private static HttpsTestServer https;

    @BeforeAll
    static void startHttpsServer() throws IOException {
        https = HttpsTestServer.start(directory);
    }

    @AfterAll
    static void stopServer() {
        https.server().stop();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, LakeFSAutoConfiguration.class))
            .withPropertyValues("user.home=" + directory, "lakefs.endpoint=" + https.server().url(),
                    "lakefs.access-key-id=" + https.server().accessKeyId(),
                    "lakefs.secret-access-key=" + https.server().secretAccessKey(), "lakefs.retry.max-retries=0");
    }

    @Test
    void serverIsReallyServingHttps() {
        assertThat(https.server().url()).startsWith("https://");
    }

    @Test
    void trustsTheServerThroughCaCertificate() {
        runner().withPropertyValues("lakefs.ssl.ca-certificate=file:" + https.trustedCa())
            .run((context) -> assertThat(currentUser(context.getBean(LakeFSClient.class))).isNotNull());
    }

    @Test
    void trustsTheServerThroughAnSslBundle() {
        runner()
            .withPropertyValues("spring.ssl.bundle.pem.lakefs-ca.truststore.certificate=file:" + https.trustedCa(),
                    "lakefs.ssl.bundle=lakefs-ca")
            .run((context) -> assertThat(currentUser(context.getBean(LakeFSClient.class))).isNotNull());
    }

    @Test
    void rejectsACertificateFromAnotherCa() {
        runner().withPropertyValues("lakefs.ssl.ca-certificate=file:" + https.otherCa()).run((context) -> {
            LakeFSClient client = context.getBean(LakeFSClient.class);
            assertThatException().isThrownBy(() -> currentUser(client))
                .isInstanceOf(LakeFSTransportException.class)
                .satisfies((ex) -> assertThat(causes(ex)).hasAtLeastOneElementOfType(SSLHandshakeException.class))
                .withMessageContaining("PKIX path validation failed");
        });
    }

    @Test
    void rejectsTheServerWithTheJvmDefaultTrust() {
        runner().run((context) -> {
            LakeFSClient client = context.getBean(LakeFSClient.class);
            assertThatException().isThrownBy(() -> currentUser(client))
                .isInstanceOf(LakeFSTransportException.class)
                .satisfies((ex) -> assertThat(causes(ex)).hasAtLeastOneElementOfType(SSLHandshakeException.class));
        });
    }

    @Test
    void verifyFalseTrustsAnyCertificateAndWarns(CapturedOutput output) {
        runner().withPropertyValues("lakefs.ssl.verify=false").run((context) -> {
            assertThat(output).contains("WARN", "lakefs.ssl.verify=false",
                    "the lakeFS server's certificate is NOT verified");
            assertThat(currentUser(context.getBean(LakeFSClient.class))).isNotNull();
        });
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static CurrentUser currentUser(LakeFSClient client) {
        return client.getCurrentUser().block();
    }

}
