package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;

import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Turns {@code lakefs.ssl.*} into the {@link SslBundle} of the connection: a named Spring Boot bundle, a bundle made
 * of the CA certificates of a PEM file, or none; {@code lakefs.ssl.verify=false} replaces the trust material by one
 * that trusts everything, and says so with a warning.
 */
final class LakeFSSslBundleResolver {

    private static final Log logger = LogFactory.getLog(LakeFSSslBundleResolver.class);

    private final ResourceLoader resourceLoader;

    private final @Nullable SslBundles sslBundles;

    LakeFSSslBundleResolver(ResourceLoader resourceLoader, @Nullable SslBundles sslBundles) {
        this.resourceLoader = resourceLoader;
        this.sslBundles = sslBundles;
    }

    @Nullable SslBundle resolve(LakeFSProperties.Ssl ssl) {
        MutuallyExclusiveConfigurationPropertiesException.throwIfMultipleNonNullValuesIn((entries) -> {
            entries.put("lakefs.ssl.bundle", ssl.getBundle());
            entries.put("lakefs.ssl.ca-certificate", ssl.getCaCertificate());
        });
        SslBundle configured = configuredBundle(ssl);
        if (ssl.isVerify()) {
            return configured;
        }
        logger.warn("lakefs.ssl.verify=false: the lakeFS server's certificate is NOT verified and any certificate "
                + "is trusted. This is unsafe outside development; trust your CA with lakefs.ssl.ca-certificate "
                + "or lakefs.ssl.bundle instead.");
        return trustingEverything(configured);
    }

    private @Nullable SslBundle configuredBundle(LakeFSProperties.Ssl ssl) {
        if (ssl.getBundle() != null) {
            return namedBundle(ssl.getBundle());
        }
        if (ssl.getCaCertificate() != null) {
            return caCertificateBundle(ssl.getCaCertificate());
        }
        return null;
    }

    private SslBundle namedBundle(String name) {
        if (this.sslBundles == null) {
            throw LakeFSConfigurationProblems.unknownSslBundle(name,
                    new NoSuchSslBundleException(name, "No SslBundles bean is available"));
        }
        try {
            return this.sslBundles.getBundle(name);
        }
        catch (NoSuchSslBundleException ex) {
            throw LakeFSConfigurationProblems.unknownSslBundle(name, ex);
        }
    }

    private SslBundle caCertificateBundle(String location) {
        List<X509Certificate> certificates = readCertificates(location);
        if (certificates.isEmpty()) {
            throw LakeFSConfigurationProblems.invalidCaCertificate(location, "it contains no PEM certificate.", null);
        }
        try {
            KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
            trustStore.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                trustStore.setCertificateEntry("lakefs-ca-" + i, certificates.get(i));
            }
            return SslBundle.of(SslStoreBundle.of(null, null, trustStore));
        }
        catch (GeneralSecurityException | IOException ex) {
            throw LakeFSConfigurationProblems.invalidCaCertificate(location, ex.getMessage(), ex);
        }
    }

    private List<X509Certificate> readCertificates(String location) {
        if (PemContent.isPresentInText(location)) {
            return certificatesOf(location, () -> PemContent.of(location));
        }
        Resource resource = this.resourceLoader.getResource(location);
        if (!resource.exists()) {
            throw LakeFSConfigurationProblems.unreadableCaCertificate(location,
                    new IOException("no such file or resource"));
        }
        return certificatesOf(location, () -> {
            try (InputStream input = resource.getInputStream()) {
                return PemContent.load(input);
            }
        });
    }

    private static List<X509Certificate> certificatesOf(String location, PemSource source) {
        PemContent content;
        try {
            content = source.get();
        }
        catch (IOException ex) {
            throw LakeFSConfigurationProblems.unreadableCaCertificate(location, ex);
        }
        try {
            return (content != null) ? content.getCertificates() : List.of();
        }
        catch (RuntimeException ex) {
            throw LakeFSConfigurationProblems.invalidCaCertificate(location, String.valueOf(ex.getMessage()), ex);
        }
    }

    private static SslBundle trustingEverything(@Nullable SslBundle configured) {
        SslStoreBundle stores = (configured != null) ? configured.getStores() : SslStoreBundle.NONE;
        KeyManagerFactory keyManagers = (configured != null) ? configured.getManagers().getKeyManagerFactory()
                : emptyKeyManagerFactory();
        return SslBundle.of(stores, null, null, null,
                SslManagerBundle.of(keyManagers, InsecureTrustManagerFactory.INSTANCE));
    }

    private static KeyManagerFactory emptyKeyManagerFactory() {
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(null, null);
            return factory;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("The JVM's default key manager factory is unavailable", ex);
        }
    }

    @FunctionalInterface
    private interface PemSource {

        @Nullable PemContent get() throws IOException;

    }

}
