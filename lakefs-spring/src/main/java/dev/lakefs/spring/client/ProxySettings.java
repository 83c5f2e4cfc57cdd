package dev.lakefs.spring.client;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP proxy for the client's connections to lakeFS (and to presigned storage URLs).
 *
 * @param url the proxy, e.g. {@code http://proxy.example.com:3128}
 * @param username the user to authenticate to the proxy as, or null
 * @param password the password to authenticate to the proxy with, or null; never shown by {@link #toString()}
 * @param nonProxyHosts hosts to reach directly; {@code *} matches any characters, e.g. {@code *.internal}
 */
public record ProxySettings(URI url, @Nullable String username, @Nullable String password, List<String> nonProxyHosts) {

    public ProxySettings {
        if (url.getHost() == null) {
            throw new IllegalArgumentException("Proxy URL '" + url + "' has no host");
        }
        nonProxyHosts = (nonProxyHosts != null) ? List.copyOf(nonProxyHosts) : List.of();
    }

    /**
     * A proxy without authentication, used for every host.
     * @param url the proxy
     * @return the settings
     */
    public static ProxySettings of(URI url) {
        return new ProxySettings(url, null, null, List.of());
    }

    @Override
    public String toString() {
        return "ProxySettings[url=" + this.url + ", username=" + this.username + ", password="
                + ((this.password != null) ? "******" : "null") + ", nonProxyHosts=" + this.nonProxyHosts + "]";
    }

}
