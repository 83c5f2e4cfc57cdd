package dev.lakefs.spring.boot.autoconfigure.s3;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.HttpsTestServer;
import dev.lakefs.spring.boot.autoconfigure.TestHttpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The lakeFS S3 client connects the way the REST client does, for real: the embedded server serves HTTPS with a
 * certificate of a CA the test creates, and an HTTP proxy running in the test records what it tunnels.
 */
class LakeFSS3ConnectionIntegrationTests {

    @TempDir
    static Path directory;

    private static HttpsTestServer https;

    @BeforeAll
    static void startHttpsServer() throws IOException {
        https = HttpsTestServer.start(directory);
        https.server().createRepository("s3-tls", "main");
    }

    @AfterAll
    static void stopServer() {
        https.server().stop();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, LakeFSAutoConfiguration.class,
                    LakeFSS3AutoConfiguration.class))
            .withPropertyValues("user.home=" + directory, "lakefs.endpoint=" + https.server().endpoint(),
                    "lakefs.access-key-id=" + https.server().accessKeyId(),
                    "lakefs.secret-access-key=" + https.server().secretAccessKey());
    }

    @Test
    void trustsTheServerThroughCaCertificate() {
        runner().withPropertyValues("lakefs.ssl.ca-certificate=file:" + https.trustedCa()).run((context) -> {
            assertThat(s3(context).serviceClientConfiguration().endpointOverride())
                .contains(URI.create(https.server().url()));
            assertThat(repositories(context)).contains("s3-tls");
        });
    }

    @Test
    void trustsTheServerThroughAnSslBundle() {
        runner()
            .withPropertyValues("spring.ssl.bundle.pem.lakefs-ca.truststore.certificate=file:" + https.trustedCa(),
                    "lakefs.ssl.bundle=lakefs-ca")
            .run((context) -> assertThat(repositories(context)).contains("s3-tls"));
    }

    @Test
    void rejectsACertificateFromAnotherCa() {
        runner().withPropertyValues("lakefs.ssl.ca-certificate=file:" + https.otherCa())
            .run((context) -> assertThatExceptionOfType(SdkClientException.class)
                .isThrownBy(() -> repositories(context))
                .satisfies((ex) -> assertThat(causes(ex)).hasAtLeastOneElementOfType(SSLHandshakeException.class)));
    }

    @Test
    void verifyFalseTrustsAnyCertificate() {
        runner().withPropertyValues("lakefs.ssl.verify=false")
            .run((context) -> assertThat(repositories(context)).contains("s3-tls"));
    }

    @Test
    void goesThroughTheProxyWithItsCredentials() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.startWithCredentials("proxy-user", "proxy-secret")) {
            runner()
                .withPropertyValues("lakefs.ssl.ca-certificate=file:" + https.trustedCa(),
                        "lakefs.proxy.url=" + proxy.url(),
                        "lakefs.proxy.username=proxy-user", "lakefs.proxy.password=proxy-secret")
                .run((context) -> {
                    assertThat(repositories(context)).contains("s3-tls");
                    assertThat(proxy.tunnels()).contains("127.0.0.1:" + https.server().port());
                });
        }
    }

    @Test
    void reachesNonProxyHostsDirectly() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.start()) {
            runner()
                .withPropertyValues("lakefs.ssl.ca-certificate=file:" + https.trustedCa(),
                        "lakefs.proxy.url=" + proxy.url(),
                        "lakefs.proxy.non-proxy-hosts=127.0.0.*")
                .run((context) -> {
                    assertThat(repositories(context)).contains("s3-tls");
                    assertThat(proxy.tunnels()).isEmpty();
                });
        }
    }

    private static S3Client s3(ApplicationContext context) {
        return context.getBean("lakeFSS3Client", S3Client.class);
    }

    private static List<String> repositories(ApplicationContext context) {
        return s3(context).listBuckets().buckets().stream().map((bucket) -> bucket.name()).toList();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

}
