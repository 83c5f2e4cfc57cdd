package dev.lakefs.spring.boot.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates and normalises a configured lakeFS endpoint the way the client does: {@code http://} is added when there
 * is no scheme and {@code /api/v1} when there is no path. Validating here, rather than leaving it to the client, lets
 * the startup report name the setting at fault.
 */
public final class LakeFSEndpoints {

    private static final String API_PATH = "/api/v1";

    private static final int MAX_PORT = 65535;

    // "https:/host", "htp:x": a scheme followed by a colon but not by "//"; "host:8000" (a port) is not one
    private static final Pattern SCHEME_WITHOUT_SLASHES = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(?!//)(?!\\d)");

    // "http//host": a scheme whose colon is missing
    private static final Pattern SCHEME_WITHOUT_COLON = Pattern.compile("^(https?)//", Pattern.CASE_INSENSITIVE);

    private LakeFSEndpoints() {
    }

    /**
     * Returns the normalised endpoint.
     * @param setting where the value comes from, for the error report
     * @param value the configured value
     * @return the endpoint with a scheme and a path
     * @throws InvalidLakeFSConfigurationException when the value is not an http(s) URL with a host
     */
    static String normalize(String setting, String value) {
        String withScheme = withScheme(setting, value);
        String path = URI.create(withScheme).getRawPath();
        String base = withScheme.endsWith("/") ? withScheme.substring(0, withScheme.length() - 1) : withScheme;
        return (path == null || path.isEmpty() || path.equals("/")) ? base + API_PATH : base;
    }

    /**
     * Returns a configured URL checked like an endpoint, with {@code http://} added when there is no scheme but no
     * path added, for URLs that are not the lakeFS API, such as the S3 gateway's.
     * @param setting where the value comes from, for the error report
     * @param value the configured value
     * @return the URL with a scheme
     * @throws InvalidLakeFSConfigurationException when the value is not an http(s) URL with a host
     */
    public static String withScheme(String setting, String value) {
        String trimmed = value.trim();
        rejectMalformedScheme(setting, trimmed);
        String withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed;
        URI uri;
        try {
            uri = new URI(withScheme);
        }
        catch (URISyntaxException ex) {
            throw LakeFSConfigurationProblems.invalidEndpoint(setting, trimmed, ex.getReason());
        }
        if (uri.getRawUserInfo() != null) {
            // Never echo the value: it would show the password.
            throw LakeFSConfigurationProblems.invalidEndpoint(setting, "(hidden: it contains credentials)",
                    "credentials cannot be part of the URL; use lakefs.access-key-id and lakefs.secret-access-key");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw LakeFSConfigurationProblems.invalidEndpoint(setting, trimmed,
                    "the scheme '" + uri.getScheme() + "' is not supported, use http or https");
        }
        if (uri.getHost() == null) {
            throw LakeFSConfigurationProblems.invalidEndpoint(setting, trimmed, "it has no valid host name");
        }
        if (uri.getPort() > MAX_PORT) {
            throw LakeFSConfigurationProblems.invalidEndpoint(setting, trimmed,
                    "the port " + uri.getPort() + " is above " + MAX_PORT);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw LakeFSConfigurationProblems.invalidEndpoint(setting, trimmed,
                    "it must not have a query or a fragment");
        }
        return withScheme;
    }

    /**
     * Rejects a value whose scheme is mistyped, which the lenient "no scheme means http://" rule would otherwise turn
     * into a request to a host named after the scheme ("https:/lakefs.example.com" to host "https").
     */
    private static void rejectMalformedScheme(String setting, String value) {
        // never echo what may be user:password@host
        String shown = value.contains("@") ? "(hidden: it may contain credentials)" : value;
        Matcher withoutSlashes = SCHEME_WITHOUT_SLASHES.matcher(value);
        if (withoutSlashes.find()) {
            String scheme = withoutSlashes.group(1);
            String lower = scheme.toLowerCase(Locale.ROOT);
            if (!lower.equals("http") && !lower.equals("https")) {
                throw LakeFSConfigurationProblems.invalidEndpoint(setting, shown,
                        "the scheme '" + scheme + "' is not supported, use http or https");
            }
            throw LakeFSConfigurationProblems.invalidEndpoint(setting, shown,
                    "'" + scheme + ":' must be followed by '//', as in " + lower + "://lakefs.example.com");
        }
        Matcher withoutColon = SCHEME_WITHOUT_COLON.matcher(value);
        if (withoutColon.find()) {
            String scheme = withoutColon.group(1);
            throw LakeFSConfigurationProblems.invalidEndpoint(setting, shown, "the ':' after '" + scheme
                    + "' is missing, as in " + scheme.toLowerCase(Locale.ROOT) + "://lakefs.example.com");
        }
    }

}
