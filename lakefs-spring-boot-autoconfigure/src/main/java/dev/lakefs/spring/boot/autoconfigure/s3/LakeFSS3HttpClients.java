package dev.lakefs.spring.boot.autoconfigure.s3;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.lakefs.spring.boot.autoconfigure.InvalidLakeFSConfigurationException;
import dev.lakefs.spring.boot.autoconfigure.LakeFSProperties;
import dev.lakefs.spring.client.ProxySettings;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.apache5.ProxyConfiguration;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.utils.AttributeMap;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.util.ClassUtils;

/**
 * Gives the lakeFS S3 client the REST client's connection settings: timeouts, TLS (the connection's SSL bundle, or
 * trusting everything when {@code lakefs.ssl.verify=false}) and proxy. They need an SDK HTTP client that takes them
 * all; the Apache 5 client ({@code software.amazon.awssdk:apache5-client}) is the one the S3 module brings. Without
 * it the SDK's default HTTP client is used, which is fine unless TLS or a proxy is configured: then startup fails
 * rather than silently connecting another way.
 */
final class LakeFSS3HttpClients {

    private static final String APACHE5_CLIENT = "software.amazon.awssdk.http.apache5.Apache5HttpClient";

    private LakeFSS3HttpClients() {
    }

    static void configure(S3ClientBuilder builder, @Nullable SslBundle sslBundle, LakeFSProperties properties,
            @Nullable ClassLoader classLoader) {
        ProxySettings proxy = properties.getProxy().asProxySettings();
        boolean verify = properties.getSsl().isVerify();
        if (ClassUtils.isPresent(APACHE5_CLIENT, classLoader)) {
            builder.httpClientBuilder(Apache5.builder(sslBundle, verify, proxy, properties));
        }
        else if (sslBundle != null || proxy != null || !verify) {
            throw new InvalidLakeFSConfigurationException((proxy != null) ? "lakefs.proxy.url" : "lakefs.ssl",
                    "The lakeFS S3 client cannot apply the TLS and proxy settings of lakefs.* without the AWS SDK's "
                            + "Apache 5 HTTP client.",
                    "Add software.amazon.awssdk:apache5-client to the classpath, or set lakefs.s3.enabled=false.");
        }
    }

    /** Kept apart so that nothing loads the Apache client's classes when they are absent. */
    private static final class Apache5 {

        static SdkHttpClient.Builder<?> builder(@Nullable SslBundle sslBundle, boolean verify,
                @Nullable ProxySettings proxy, LakeFSProperties properties) {
            Apache5HttpClient.Builder builder = Apache5HttpClient.builder()
                .connectionTimeout(properties.getConnectTimeout())
                .socketTimeout(properties.getReadTimeout());
            if (sslBundle != null) {
                if (verify) {
                    builder.tlsTrustManagersProvider(
                            () -> sslBundle.getManagers().getTrustManagerFactory().getTrustManagers());
                }
                if (sslBundle.getStores().getKeyStore() != null) {
                    builder.tlsKeyManagersProvider(
                            () -> sslBundle.getManagers().getKeyManagerFactory().getKeyManagers());
                }
            }
            if (proxy != null) {
                builder.proxyConfiguration(proxyConfiguration(proxy));
            }
            return verify ? builder : new TrustingEverything(builder);
        }

        private static ProxyConfiguration proxyConfiguration(ProxySettings proxy) {
            ProxyConfiguration.Builder configuration = ProxyConfiguration.builder()
                .endpoint(proxy.url())
                .useSystemPropertyValues(false)
                .useEnvironmentVariableValues(false)
                .nonProxyHosts(nonProxyHostPatterns(proxy));
            if (proxy.username() != null) {
                // Like the REST client: credentials with the first CONNECT, not after a 407 challenge.
                configuration.username(proxy.username())
                    .password(proxy.password())
                    .preemptiveBasicAuthenticationEnabled(true);
            }
            return configuration.build();
        }

        /** The client matches host names against regular expressions; {@code lakefs.proxy} has {@code *} globs. */
        private static Set<String> nonProxyHostPatterns(ProxySettings proxy) {
            Set<String> patterns = new LinkedHashSet<>();
            for (String host : proxy.nonProxyHosts()) {
                patterns.add(Arrays.stream(host.toLowerCase(Locale.ROOT).split("\\*", -1))
                    .map((literal) -> literal.isEmpty() ? "" : Pattern.quote(literal))
                    .collect(Collectors.joining(".*")));
            }
            return patterns;
        }

    }

    /**
     * {@code lakefs.ssl.verify=false} for the Apache client: trusting any certificate and any host name is an option
     * of the SDK's HTTP configuration rather than of the builder.
     */
    private record TrustingEverything(SdkHttpClient.Builder<?> delegate)
            implements SdkHttpClient.Builder<TrustingEverything> {

        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            AttributeMap trustAll = AttributeMap.builder()
                .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, Boolean.TRUE)
                .build();
            return this.delegate.buildWithDefaults(trustAll.merge(serviceDefaults));
        }

    }

}
