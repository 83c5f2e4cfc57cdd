package dev.lakefs.spring.client;

import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LakeFSClientProxyTests extends EmbeddedServerSupport {

    private final TunnellingProxy proxy;

    LakeFSClientProxyTests() throws IOException {
        this.proxy = new TunnellingProxy();
    }

    @AfterEach
    void stopProxy() throws IOException {
        this.proxy.close();
    }

    @Test
    void connectsThroughTheProxyWithItsCredentials() {
        ProxySettings settings = new ProxySettings(URI.create("http://127.0.0.1:" + this.proxy.port()), "proxy-user",
                "proxy-pass", List.of());
        LakeFSClient client = clientBuilder().proxy(settings).build();
        String repository = newRepository(client);
        assertThat(client.getRepository(repository).block().id()).isEqualTo(repository);
        String expected = "Basic " + Base64.getEncoder().encodeToString("proxy-user:proxy-pass".getBytes());
        assertThat(this.proxy.connects()).isNotEmpty()
            .allSatisfy((head) -> assertThat(head).startsWith("CONNECT 127.0.0.1:" + server.port())
                .containsIgnoringCase("proxy-authorization: " + expected));
    }

    @Test
    void reachesNonProxyHostsDirectly() {
        ProxySettings settings = new ProxySettings(URI.create("http://127.0.0.1:" + this.proxy.port()), null, null,
                List.of("127.0.0.*"));
        LakeFSClient client = clientBuilder().proxy(settings).build();
        client.healthCheck().block();
        assertThat(this.proxy.connects()).isEmpty();
    }

}
