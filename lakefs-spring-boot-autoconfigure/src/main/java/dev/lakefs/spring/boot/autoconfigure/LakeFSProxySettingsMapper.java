package dev.lakefs.spring.boot.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.lakefs.spring.client.ProxySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Maps {@code lakefs.proxy.*} to the client's {@link ProxySettings}, validating the URL first so that a bad value is
 * reported against its property. Credentials may also be given in the URL ({@code http://user:secret@proxy:3128});
 * explicit {@code lakefs.proxy.username}/{@code password} win.
 */
final class LakeFSProxySettingsMapper {

    private LakeFSProxySettingsMapper() {
    }

    static @Nullable ProxySettings map(LakeFSProperties.Proxy proxy) {
        if (!StringUtils.hasText(proxy.getUrl())) {
            return null;
        }
        String value = proxy.getUrl().trim();
        URI uri = parse(value);
        String username = proxy.getUsername();
        String password = proxy.getPassword();
        if (username == null && password == null && uri.getRawUserInfo() != null) {
            String[] userInfo = uri.getRawUserInfo().split(":", 2);
            username = decode(userInfo[0]);
            password = (userInfo.length > 1) ? decode(userInfo[1]) : null;
        }
        LakeFSConfigurationProblems.requireBothOrNeither(username, "lakefs.proxy.username", password,
                "lakefs.proxy.password");
        return new ProxySettings(withoutUserInfo(uri), username, password, nonProxyHosts(proxy.getNonProxyHosts()));
    }

    private static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value);
        }
        catch (URISyntaxException ex) {
            throw LakeFSConfigurationProblems.invalidProxyUrl(shown(value), ex.getReason());
        }
        String shown = (uri.getRawUserInfo() != null) ? "(hidden: it contains credentials)" : value;
        if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw LakeFSConfigurationProblems.invalidProxyUrl(shown, "it must start with http://");
        }
        if (uri.getHost() == null) {
            throw LakeFSConfigurationProblems.invalidProxyUrl(shown, "it has no valid host name");
        }
        boolean hasPath = StringUtils.hasLength(uri.getRawPath()) && !uri.getRawPath().equals("/");
        if (hasPath || uri.getRawQuery() != null) {
            throw LakeFSConfigurationProblems.invalidProxyUrl(shown, "it must not have a path or a query");
        }
        return uri;
    }

    private static String shown(String value) {
        return value.contains("@") ? "(hidden: it may contain credentials)" : value;
    }

    private static URI withoutUserInfo(URI uri) {
        int port = (uri.getPort() != -1) ? uri.getPort() : defaultPort(uri.getScheme());
        try {
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT), null, uri.getHost(), port, null, null, null);
        }
        catch (URISyntaxException ex) {
            throw LakeFSConfigurationProblems.invalidProxyUrl(uri.getHost(), ex.getReason());
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static List<String> nonProxyHosts(List<String> configured) {
        // Also accept Java's http.nonProxyHosts form, "a|b".
        return configured.stream()
            .flatMap((entry) -> Arrays.stream(entry.split("\\|")))
            .map(String::trim)
            .filter(StringUtils::hasText)
            .toList();
    }

}
