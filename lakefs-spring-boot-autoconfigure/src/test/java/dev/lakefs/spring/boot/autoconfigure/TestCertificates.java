package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made for one test run and a server certificate it issued for {@code localhost} and
 * {@code 127.0.0.1}, so that TLS is tested for real without any key material in the repository.
 */
public final class TestCertificates {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final X509Certificate ca;

    private final KeyPair serverKeys;

    private final X509Certificate server;

    private TestCertificates(X509Certificate ca, KeyPair serverKeys, X509Certificate server) {
        this.ca = ca;
        this.serverKeys = serverKeys;
        this.server = server;
    }

    /**
     * Creates a new CA and a server certificate.
     * @return the certificates
     */
    public static TestCertificates create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair caKeys = generator.generateKeyPair();
            X500Name caName = new X500Name("CN=lakeFS for Spring test CA");
            Instant now = Instant.now();
            Date notBefore = Date.from(now.minus(Duration.ofDays(1)));
            Date notAfter = Date.from(now.plus(Duration.ofDays(1)));
            X509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, notBefore,
                    notAfter, caName, caKeys.getPublic());
            caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            caBuilder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate());
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate ca = converter.getCertificate(caBuilder.build(signer));
            KeyPair serverKeys = generator.generateKeyPair();
            X509v3CertificateBuilder serverBuilder = new JcaX509v3CertificateBuilder(ca, BigInteger.TWO, notBefore,
                    notAfter, new X500Name("CN=localhost"), serverKeys.getPublic());
            serverBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            serverBuilder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            serverBuilder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
                            new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
            X509Certificate server = converter.getCertificate(serverBuilder.build(signer));
            return new TestCertificates(ca, serverKeys, server);
        }
        catch (GeneralSecurityException | IOException | OperatorCreationException ex) {
            throw new IllegalStateException("Cannot create test certificates", ex);
        }
    }

    /**
     * An SSL context presenting the server certificate and its chain.
     * @return the context
     */
    public SSLContext serverSslContext() {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry("server", this.serverKeys.getPrivate(), PASSWORD,
                    new Certificate[] { this.server, this.ca });
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        }
        catch (GeneralSecurityException | IOException ex) {
            throw new IllegalStateException("Cannot create the server SSL context", ex);
        }
    }

    /**
     * Writes the CA certificate as PEM.
     * @param file where to write it
     * @return the file
     * @throws IOException when the file cannot be written
     */
    public Path writeCaPem(Path file) throws IOException {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(this.ca.getEncoded());
            return Files.writeString(file,
                    "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
        }
        catch (GeneralSecurityException ex) {
            throw new IOException(ex);
        }
    }

}
