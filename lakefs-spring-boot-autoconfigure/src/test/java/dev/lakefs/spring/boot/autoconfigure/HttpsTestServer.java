package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;

/**
 * An embedded server serving HTTPS with a certificate of a CA made for the test, and the PEM files of that CA and of
 * an unrelated one, for tests of what a client trusts.
 *
 * @param server the running server
 * @param trustedCa the CA that issued the server's certificate
 * @param otherCa a CA that did not
 */
public record HttpsTestServer(EmbeddedLakeFS server, Path trustedCa, Path otherCa) {

    /**
     * Starts a server.
     * @param directory where the CA files go
     * @return the server and the CA files
     * @throws IOException if the files cannot be written
     */
    public static HttpsTestServer start(Path directory) throws IOException {
        TestCertificates certificates = TestCertificates.create();
        Path trustedCa = certificates.writeCaPem(directory.resolve("ca.pem"));
        Path otherCa = TestCertificates.create().writeCaPem(directory.resolve("other-ca.pem"));
        EmbeddedLakeFS server = EmbeddedLakeFS.builder().https(certificates.serverSslContext()).build().start();
        return new HttpsTestServer(server, trustedCa, otherCa);
    }

}
