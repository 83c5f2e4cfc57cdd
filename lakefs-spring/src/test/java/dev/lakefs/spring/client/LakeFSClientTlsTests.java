package dev.lakefs.spring.client;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lakefs.embedded.EmbeddedLakeFS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * HTTPS with a self-signed certificate (made with the JDK's keytool): trusted through the builder's trust managers,
 * refused otherwise.
 */
class LakeFSClientTlsTests {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path directory;

    private static KeyStore serverKeys;

    private static EmbeddedLakeFS server;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        Path keyStoreFile = directory.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "lakefs", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
                "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore",
                keyStoreFile.toString(), "-storepass", "changeit", "-keypass", "changeit")
            .redirectErrorStream(true)
            .start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            serverKeys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(serverKeys, PASSWORD);
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(keyManagers.getKeyManagers(), null, null);
        server = EmbeddedLakeFS.builder().host("127.0.0.1").port(0).https(sslContext).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void trustsTheServerThroughTheGivenTrustManagers() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("lakefs", serverKeys.getCertificate("lakefs"));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        LakeFSClient client = LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .trustManagerFactory(trustManagers)
            .build();
        assertThat(client.endpoint().getScheme()).isEqualTo("https");
        assertThat(client.listRepositories().collectList().block()).isEmpty();
    }

    @Test
    void refusesAnUntrustedCertificateWithoutRetrying() {
        LakeFSClient client = LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            // A retry would wait 60 s: finishing well before that proves the handshake failure was not retried.
            .retry(new RetrySettings(3, Duration.ofSeconds(60), 1.0, Duration.ofSeconds(60), Duration.ZERO))
            .build();
        long start = System.nanoTime();
        assertThatExceptionOfType(LakeFSTransportException.class).isThrownBy(() -> client.healthCheck().block())
            .satisfies((ex) -> {
                assertThat(ex.isRequestSent()).isFalse();
                assertThat(ex.getMessage()).contains("TLS handshake");
            });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

}
