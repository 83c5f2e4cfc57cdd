package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Proxy for real: the client's requests go through an HTTP proxy running in the test, which records what it
 * tunnelled; plain HTTP and HTTPS (TLS through the proxy) both work.
 */
class LakeFSProxyIntegrationTests {

    @TempDir
    static Path directory;

    private static EmbeddedLakeFS httpServer;

    private static EmbeddedLakeFS httpsServer;

    private static Path ca;

    @BeforeAll
    static void startServers() throws IOException {
        TestCertificates certificates = TestCertificates.create();
        ca = certificates.writeCaPem(directory.resolve("ca.pem"));
        httpServer = EmbeddedLakeFS.builder().build().start();
        httpsServer = EmbeddedLakeFS.builder().https(certificates.serverSslContext()).build().start();
    }

    @AfterAll
    static void stopServers() {
        httpServer.stop();
        httpsServer.stop();
    }

    private ApplicationContextRunner runner(EmbeddedLakeFS server) {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class))
            .withPropertyValues("user.home=" + directory, "lakefs.endpoint=" + server.url(),
                    "lakefs.access-key-id=" + server.accessKeyId(),
                    "lakefs.secret-access-key=" + server.secretAccessKey(), "lakefs.retry.max-retries=0");
    }

    @Test
    void sendsRequestsThroughTheProxy() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.start()) {
            runner(httpServer).withPropertyValues("lakefs.proxy.url=" + proxy.url()).run((context) -> {
                assertThat(context.getBean(LakeFSClient.class).getCurrentUser().block()).isNotNull();
                assertThat(proxy.tunnels()).contains(hostAndPort(httpServer));
            });
        }
    }

    @Test
    void authenticatesWithTheProxy() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.startWithCredentials("proxy-user", "proxy-secret")) {
            runner(httpServer)
                .withPropertyValues("lakefs.proxy.url=" + proxy.url(), "lakefs.proxy.username=proxy-user",
                        "lakefs.proxy.password=proxy-secret")
                .run((context) -> {
                    assertThat(context.getBean(LakeFSClient.class).getCurrentUser().block()).isNotNull();
                    assertThat(proxy.tunnels()).contains(hostAndPort(httpServer));
                    assertThat(proxy.rejected()).isEmpty();
                });
        }
    }

    @Test
    void takesProxyCredentialsFromTheUrl() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.startWithCredentials("proxy-user", "proxy-secret")) {
            String url = proxy.url().replace("http://", "http://proxy-user:proxy-secret@");
            runner(httpServer).withPropertyValues("lakefs.proxy.url=" + url).run((context) -> {
                assertThat(context.getBean(LakeFSClient.class).getCurrentUser().block()).isNotNull();
                assertThat(proxy.tunnels()).contains(hostAndPort(httpServer));
            });
        }
    }

    @Test
    void failsWhenTheProxyRefusesTheCredentials() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.startWithCredentials("proxy-user", "proxy-secret")) {
            runner(httpServer)
                .withPropertyValues("lakefs.proxy.url=" + proxy.url(), "lakefs.proxy.username=proxy-user",
                        "lakefs.proxy.password=wrong")
                .run((context) -> {
                    LakeFSClient client = context.getBean(LakeFSClient.class);
                    assertThatException().isThrownBy(() -> client.getCurrentUser().block());
                    assertThat(proxy.rejected()).contains(hostAndPort(httpServer));
                    assertThat(proxy.tunnels()).isEmpty();
                });
        }
    }

    @Test
    void nonProxyHostsBypassTheProxy() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.start()) {
            runner(httpServer)
                .withPropertyValues("lakefs.proxy.url=" + proxy.url(),
                        "lakefs.proxy.non-proxy-hosts=lakefs.internal,127.0.0.*")
                .run((context) -> {
                    assertThat(context.getBean(LakeFSClient.class).getCurrentUser().block()).isNotNull();
                    assertThat(proxy.tunnels()).isEmpty();
                });
        }
    }

    @Test
    void tlsAndProxyWorkTogether() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.start()) {
            runner(httpsServer)
                .withPropertyValues("lakefs.proxy.url=" + proxy.url(), "lakefs.ssl.ca-certificate=file:" + ca)
                .run((context) -> {
                    assertThat(context.getBean(LakeFSClient.class).getCurrentUser().block()).isNotNull();
                    assertThat(proxy.tunnels()).contains(hostAndPort(httpsServer));
                });
        }
    }

    private static String hostAndPort(EmbeddedLakeFS server) {
        return server.url().substring(server.url().indexOf("://") + 3);
    }

}
