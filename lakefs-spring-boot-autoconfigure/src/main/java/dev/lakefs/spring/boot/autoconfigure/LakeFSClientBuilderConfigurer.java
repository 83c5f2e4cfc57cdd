package dev.lakefs.spring.boot.autoconfigure;

import java.util.List;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.ProxySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Applies the connection details, the {@code lakefs.*} settings and the customizers to a
 * {@link LakeFSClient.Builder}. TLS and proxy are handed to the builder rather than to a
 * {@code ClientHttpConnector}, so that they work together (Boot's {@code WebClientSsl} would replace a configured
 * connector).
 */
final class LakeFSClientBuilderConfigurer {

    private final LakeFSConnectionDetails connectionDetails;

    private final LakeFSProperties properties;

    private final WebClient.@Nullable Builder webClientBuilder;

    private final List<LakeFSWebClientCustomizer> webClientCustomizers;

    private final List<LakeFSClientCustomizer> clientCustomizers;

    LakeFSClientBuilderConfigurer(LakeFSConnectionDetails connectionDetails, LakeFSProperties properties,
            WebClient.@Nullable Builder webClientBuilder, List<LakeFSWebClientCustomizer> webClientCustomizers,
            List<LakeFSClientCustomizer> clientCustomizers) {
        this.connectionDetails = connectionDetails;
        this.properties = properties;
        this.webClientBuilder = webClientBuilder;
        this.webClientCustomizers = webClientCustomizers;
        this.clientCustomizers = clientCustomizers;
    }

    LakeFSClient.Builder configure(LakeFSClient.Builder builder) {
        builder.endpoint(this.connectionDetails.getEndpoint());
        String accessKeyId = this.connectionDetails.getAccessKeyId();
        String secretAccessKey = this.connectionDetails.getSecretAccessKey();
        if (accessKeyId != null && secretAccessKey != null) {
            builder.credentials(accessKeyId, secretAccessKey);
        }
        builder.connectTimeout(this.properties.getConnectTimeout());
        builder.readTimeout(this.properties.getReadTimeout());
        builder.retry(this.properties.getRetry().asRetrySettings());
        applySsl(builder, this.connectionDetails.getSslBundle());
        ProxySettings proxy = LakeFSProxySettingsMapper.map(this.properties.getProxy());
        if (proxy != null) {
            builder.proxy(proxy);
        }
        WebClient.Builder webClient = webClientBuilder();
        if (webClient != null) {
            builder.webClientBuilder(webClient);
        }
        this.clientCustomizers.forEach((customizer) -> customizer.customize(builder));
        return builder;
    }

    private static void applySsl(LakeFSClient.Builder builder, @Nullable SslBundle sslBundle) {
        if (sslBundle == null) {
            return;
        }
        builder.trustManagerFactory(sslBundle.getManagers().getTrustManagerFactory());
        if (sslBundle.getStores().getKeyStore() != null) {
            builder.keyManagerFactory(sslBundle.getManagers().getKeyManagerFactory());
        }
    }

    private WebClient.@Nullable Builder webClientBuilder() {
        if (this.webClientBuilder == null && this.webClientCustomizers.isEmpty()) {
            return null;
        }
        WebClient.Builder webClient = (this.webClientBuilder != null) ? this.webClientBuilder : WebClient.builder();
        this.webClientCustomizers.forEach((customizer) -> customizer.customize(webClient));
        return webClient;
    }

}
