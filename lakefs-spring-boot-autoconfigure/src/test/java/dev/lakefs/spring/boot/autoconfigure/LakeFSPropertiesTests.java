package dev.lakefs.spring.boot.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSProperties}.
 */
class LakeFSPropertiesTests {

    @Test
    void defaultsMatchTheClientDefaults() {
        LakeFSProperties properties = new LakeFSProperties();
        assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.getRetry().asRetrySettings())
            .isEqualTo(dev.lakefs.spring.client.RetrySettings.defaults());
        assertThat(properties.getSsl().isVerify()).isTrue();
        assertThat(properties.getEmbedded().getEnabled()).isNull();
        assertThat(properties.getEmbedded().getPort()).isZero();
    }

    @Test
    void bindsEveryKey() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("lakefs.endpoint", "https://lakefs.example.com");
        source.put("lakefs.access-key-id", "AKIA");
        source.put("lakefs.secret-access-key", "top-secret");
        source.put("lakefs.connect-timeout", "2s");
        source.put("lakefs.read-timeout", "1m");
        source.put("lakefs.retry.max-retries", "7");
        source.put("lakefs.retry.delay", "250ms");
        source.put("lakefs.retry.multiplier", "1.5");
        source.put("lakefs.retry.max-delay", "20s");
        source.put("lakefs.retry.jitter", "10ms");
        source.put("lakefs.ssl.ca-certificate", "classpath:ca.pem");
        source.put("lakefs.ssl.verify", "false");
        source.put("lakefs.proxy.url", "http://proxy:3128");
        source.put("lakefs.proxy.username", "proxy-user");
        source.put("lakefs.proxy.password", "proxy-secret");
        source.put("lakefs.proxy.non-proxy-hosts", "localhost,*.internal");
        source.put("lakefs.embedded.enabled", "true");
        source.put("lakefs.embedded.port", "8123");
        source.put("lakefs.health.timeout", "3s");
        LakeFSProperties properties = new Binder(source).bind("lakefs", LakeFSProperties.class).get();
        assertThat(properties.getEndpoint()).isEqualTo("https://lakefs.example.com");
        assertThat(properties.getSecretAccessKey()).isEqualTo("top-secret");
        assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.getRetry().asRetrySettings()).isEqualTo(new dev.lakefs.spring.client.RetrySettings(7,
                Duration.ofMillis(250), 1.5, Duration.ofSeconds(20), Duration.ofMillis(10)));
        assertThat(properties.getSsl().getCaCertificate()).isEqualTo("classpath:ca.pem");
        assertThat(properties.getSsl().isVerify()).isFalse();
        assertThat(properties.getProxy().getNonProxyHosts()).containsExactly("localhost", "*.internal");
        assertThat(properties.getEmbedded().getEnabled()).isTrue();
        assertThat(properties.getEmbedded().getPort()).isEqualTo(8123);
        assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.toString()).contains("https://lakefs.example.com", "AKIA", "proxy-user")
            .doesNotContain("top-secret", "proxy-secret");
    }

    @Test
    void toStringMasksThePasswordOfAProxyUrl() {
        LakeFSProperties properties = new LakeFSProperties();
        properties.getProxy().setUrl("http://proxy-user:s3cr%40t:x@proxy.example.com:3128");
        assertThat(properties.toString()).contains("http://proxy-user:******@proxy.example.com:3128")
            .doesNotContain("s3cr");
    }

    @Test
    void urlsWithoutAPasswordAreShownUnchanged() {
        assertThat(LakeFSSecrets.maskUrlPassword("http://proxy.example.com:3128"))
            .isEqualTo("http://proxy.example.com:3128");
        assertThat(LakeFSSecrets.maskUrlPassword("http://proxy-user@proxy.example.com:3128"))
            .isEqualTo("http://proxy-user@proxy.example.com:3128");
        assertThat(LakeFSSecrets.maskUrlPassword("https://u:$1\\x@proxy:3128/")).isEqualTo("https://u:******@proxy:3128/");
    }

}
