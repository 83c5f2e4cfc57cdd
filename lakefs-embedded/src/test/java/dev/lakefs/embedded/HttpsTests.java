package dev.lakefs.embedded;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTPS with {@link EmbeddedLakeFS.Builder#https(SSLContext)}. */
class HttpsTests {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @Test
    @DisplayName("with an SSLContext the server speaks HTTPS: url() is https:// and the API works over TLS")
    void servesHttps(@TempDir Path directory) throws Exception {
        KeyStore keyStore = selfSignedKeyStore(directory);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(keyStore);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trustManagers.getTrustManagers(), null);

        try (EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().https(serverContext).build().start()) {
            assertThat(lakeFS.url()).startsWith("https://127.0.0.1:");
            LakeFSHttp http = new LakeFSHttp(lakeFS, HttpClient.newBuilder().sslContext(clientContext).build());
            assertThat(http.call("GET", "/healthcheck").noAuth().send().status()).isEqualTo(204);
            assertThat(http.createRepository("tls-repo").status()).isEqualTo(201);
            assertThat(http.upload("tls-repo", "main", "secure.txt", "over tls").status()).isEqualTo(201);
            assertThat(http.read("tls-repo", "main", "secure.txt")).isEqualTo("over tls");
            String presigned = http.get("/repositories/tls-repo/refs/main/objects?path=secure.txt&presign=true")
                .header("Location");
            assertThat(presigned).startsWith("https://");
        }
    }

    /** A PKCS12 key store with a self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
    private static KeyStore selfSignedKeyStore(Path directory) throws Exception {
        Path file = directory.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "changeit", "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, PASSWORD);
        }
        return keyStore;
    }
}
