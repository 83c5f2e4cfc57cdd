package dev.lakefs.spring.client;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Makes the Reactor Netty connector of a {@link LakeFSClient} from its connection settings.
 */
final class ReactorNettyConnectors {

    private ReactorNettyConnectors() {
    }

    static ClientHttpConnector create(ConnectionSettings settings) {
        HttpClient httpClient = HttpClient.create()
            .runOn(ClientEventLoops.shared())
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(settings.connectTimeout().toMillis()))
            // Reactor Netty's response timeout is a read-idle timeout that starts once the request is sent, so
            // long uploads are not cut short while the server is still reading.
            .responseTimeout(settings.readTimeout());
        if (settings.trustManagerFactory() != null || settings.keyManagerFactory() != null) {
            SslContext sslContext = sslContext(settings.trustManagerFactory(), settings.keyManagerFactory());
            httpClient = httpClient.secure((spec) -> spec.sslContext(sslContext));
        }
        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            httpClient = httpClient.proxy((spec) -> configure(spec, proxy));
        }
        return new ReactorClientHttpConnector(httpClient);
    }

    private static SslContext sslContext(@Nullable TrustManagerFactory trustManagerFactory,
            @Nullable KeyManagerFactory keyManagerFactory) {
        SslContextBuilder builder = SslContextBuilder.forClient();
        if (trustManagerFactory != null) {
            builder.trustManager(trustManagerFactory);
        }
        if (keyManagerFactory != null) {
            builder.keyManager(keyManagerFactory);
        }
        try {
            return builder.build();
        }
        catch (SSLException ex) {
            throw new IllegalStateException("Cannot set up TLS for the lakeFS client: " + ex.getMessage(), ex);
        }
    }

    private static void configure(ProxyProvider.TypeSpec spec, ProxySettings proxy) {
        int port = (proxy.url().getPort() != -1) ? proxy.url().getPort()
                : "https".equalsIgnoreCase(proxy.url().getScheme()) ? 443 : 80;
        ProxyProvider.Builder builder = spec.type(ProxyProvider.Proxy.HTTP).host(proxy.url().getHost()).port(port);
        if (proxy.username() != null) {
            String password = proxy.password();
            builder.username(proxy.username()).password((user) -> password);
        }
        if (!proxy.nonProxyHosts().isEmpty()) {
            builder.nonProxyHosts(nonProxyHostsPattern(proxy.nonProxyHosts()));
        }
    }

    /** Turns host globs ({@code *.internal}) into the single regular expression Reactor Netty expects. */
    static String nonProxyHostsPattern(List<String> hosts) {
        return hosts.stream()
            .map(String::strip)
            .filter((host) -> !host.isEmpty())
            .map((host) -> Pattern.quote(host).replace("*", "\\E.*\\Q"))
            .collect(Collectors.joining("|"));
    }

    /**
     * The settings that shape the connections the client makes itself.
     */
    record ConnectionSettings(Duration connectTimeout, Duration readTimeout,
            @Nullable TrustManagerFactory trustManagerFactory, @Nullable KeyManagerFactory keyManagerFactory,
            @Nullable ProxySettings proxy) {
    }

}
