package dev.lakefs.spring.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The {@link LakeFSClient.Builder} behind {@link LakeFSClient#builder()}.
 */
final class DefaultLakeFSClientBuilder implements LakeFSClient.Builder {

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private @Nullable String endpoint;

    private @Nullable Authentication authentication;

    private WebClient.@Nullable Builder webClientBuilder;

    private @Nullable ClientHttpConnector connector;

    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

    private Duration readTimeout = DEFAULT_READ_TIMEOUT;

    private @Nullable TrustManagerFactory trustManagerFactory;

    private @Nullable KeyManagerFactory keyManagerFactory;

    private @Nullable ProxySettings proxy;

    private RetrySettings retry = RetrySettings.defaults();

    private @Nullable ObservationRegistry observationRegistry;

    private TransferListener transferListener = TransferListener.NONE;

    @Override
    public LakeFSClient.Builder endpoint(String endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        return this;
    }

    @Override
    public LakeFSClient.Builder credentials(String accessKeyId, String secretAccessKey) {
        this.authentication = Authentication.basic(accessKeyId, secretAccessKey);
        return this;
    }

    @Override
    public LakeFSClient.Builder bearerToken(String token) {
        this.authentication = Authentication.bearer(token);
        return this;
    }

    @Override
    public LakeFSClient.Builder webClientBuilder(WebClient.Builder webClientBuilder) {
        this.webClientBuilder = Objects.requireNonNull(webClientBuilder, "webClientBuilder");
        return this;
    }

    @Override
    public LakeFSClient.Builder clientConnector(ClientHttpConnector connector) {
        this.connector = Objects.requireNonNull(connector, "connector");
        return this;
    }

    @Override
    public LakeFSClient.Builder connectTimeout(Duration timeout) {
        this.connectTimeout = requirePositive("connectTimeout", timeout);
        return this;
    }

    @Override
    public LakeFSClient.Builder readTimeout(Duration timeout) {
        this.readTimeout = requirePositive("readTimeout", timeout);
        return this;
    }

    @Override
    public LakeFSClient.Builder trustManagerFactory(TrustManagerFactory trustManagerFactory) {
        this.trustManagerFactory = Objects.requireNonNull(trustManagerFactory, "trustManagerFactory");
        return this;
    }

    @Override
    public LakeFSClient.Builder keyManagerFactory(KeyManagerFactory keyManagerFactory) {
        this.keyManagerFactory = Objects.requireNonNull(keyManagerFactory, "keyManagerFactory");
        return this;
    }

    @Override
    public LakeFSClient.Builder proxy(@Nullable ProxySettings proxy) {
        this.proxy = proxy;
        return this;
    }

    @Override
    public LakeFSClient.Builder retry(RetrySettings retry) {
        this.retry = Objects.requireNonNull(retry, "retry");
        return this;
    }

    @Override
    public LakeFSClient.Builder observationRegistry(ObservationRegistry registry) {
        this.observationRegistry = Objects.requireNonNull(registry, "registry");
        return this;
    }

    @Override
    public LakeFSClient.Builder transferListener(TransferListener listener) {
        this.transferListener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    @Override
    public LakeFSClient build() {
        if (this.endpoint == null) {
            throw new IllegalStateException("A lakeFS endpoint is required, e.g. http://localhost:8000/api/v1");
        }
        ClientHttpConnector connector = (this.connector != null) ? this.connector
                : ReactorNettyConnectors.create(new ReactorNettyConnectors.ConnectionSettings(this.connectTimeout,
                        this.readTimeout, this.trustManagerFactory, this.keyManagerFactory, this.proxy));
        WebClient.Builder api = (this.webClientBuilder != null) ? this.webClientBuilder.clone() : WebClient.builder();
        // Presigned object-store URLs get a plain client: the application's filters (which may add credentials of
        // their own) are for lakeFS, not for the object store.
        WebClient.Builder storage = WebClient.builder();
        for (WebClient.Builder builder : List.of(api, storage)) {
            builder.clientConnector(connector);
            if (this.observationRegistry != null) {
                builder.observationRegistry(this.observationRegistry);
            }
        }
        ObservationRegistry registry = (this.observationRegistry != null) ? this.observationRegistry
                : ObservationRegistry.NOOP;
        return new WebClientLakeFSClient(Endpoints.normalize(this.endpoint), api, storage, this.authentication,
                this.retry, registry, this.transferListener);
    }

    private static Duration requirePositive(String name, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + duration);
        }
        return duration;
    }

}
