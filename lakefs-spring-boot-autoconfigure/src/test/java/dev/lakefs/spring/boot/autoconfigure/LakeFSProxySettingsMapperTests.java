package dev.lakefs.spring.boot.autoconfigure;

import java.net.URI;
import java.util.List;

import dev.lakefs.spring.client.ProxySettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LakeFSProxySettingsMapper}.
 */
class LakeFSProxySettingsMapperTests {

    private final LakeFSProperties.Proxy proxy = new LakeFSProperties.Proxy();

    @Test
    void noUrlMeansNoProxy() {
        assertThat(LakeFSProxySettingsMapper.map(this.proxy)).isNull();
    }

    @Test
    void defaultsThePortFromTheScheme() {
        this.proxy.setUrl("http://proxy.example.com");
        assertThat(LakeFSProxySettingsMapper.map(this.proxy).url())
            .isEqualTo(URI.create("http://proxy.example.com:80"));
        this.proxy.setUrl("HTTPS://proxy.example.com/");
        assertThat(LakeFSProxySettingsMapper.map(this.proxy).url())
            .isEqualTo(URI.create("https://proxy.example.com:443"));
    }

    @Test
    void takesDecodedCredentialsFromTheUrlAndStripsThem() {
        this.proxy.setUrl("http://app%40corp:p%3Ass@proxy.example.com:3128");
        ProxySettings settings = LakeFSProxySettingsMapper.map(this.proxy);
        assertThat(settings.url()).isEqualTo(URI.create("http://proxy.example.com:3128"));
        assertThat(settings.username()).isEqualTo("app@corp");
        assertThat(settings.password()).isEqualTo("p:ss");
    }

    @Test
    void explicitCredentialsWinOverTheUrl() {
        this.proxy.setUrl("http://url-user:url-secret@proxy.example.com:3128");
        this.proxy.setUsername("app");
        this.proxy.setPassword("secret");
        ProxySettings settings = LakeFSProxySettingsMapper.map(this.proxy);
        assertThat(settings.username()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void acceptsJavaStyleNonProxyHosts() {
        this.proxy.setUrl("http://proxy.example.com:3128");
        this.proxy.setNonProxyHosts(List.of("localhost|127.*", " *.internal ", ""));
        assertThat(LakeFSProxySettingsMapper.map(this.proxy).nonProxyHosts()).containsExactly("localhost", "127.*",
                "*.internal");
    }

    @Test
    void neverShowsCredentialsOfAnInvalidUrl() {
        this.proxy.setUrl("ftp://user:hunter2@proxy.example.com");
        assertThatExceptionOfType(InvalidLakeFSConfigurationException.class)
            .isThrownBy(() -> LakeFSProxySettingsMapper.map(this.proxy))
            .withMessageNotContaining("hunter2")
            .withMessageContaining("it must start with http://");
    }

    @Test
    void rejectsAPath() {
        this.proxy.setUrl("http://proxy.example.com:3128/some/path");
        assertThatExceptionOfType(InvalidLakeFSConfigurationException.class)
            .isThrownBy(() -> LakeFSProxySettingsMapper.map(this.proxy))
            .withMessageContaining("must not have a path");
    }

}
