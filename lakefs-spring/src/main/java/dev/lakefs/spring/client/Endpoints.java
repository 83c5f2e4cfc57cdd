package dev.lakefs.spring.client;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Turns what users write as a lakeFS endpoint into the API's base URI, the way lakectl and the Python SDK accept
 * it: {@code localhost:8000} and {@code http://localhost:8000} both mean {@code http://localhost:8000/api/v1}.
 */
final class Endpoints {

    static final String API_PATH = "/api/v1";

    private Endpoints() {
    }

    static URI normalize(String endpoint) {
        String trimmed = endpoint.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The lakeFS endpoint must not be empty");
        }
        String withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed;
        URI uri;
        try {
            uri = new URI(withScheme);
        }
        catch (URISyntaxException ex) {
            throw new IllegalArgumentException("The lakeFS endpoint '" + endpoint + "' is not a valid URI", ex);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The lakeFS endpoint '" + endpoint + "' has no host");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException(
                    "The lakeFS endpoint '" + endpoint + "' must use http or https, not " + uri.getScheme());
        }
        String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            path = API_PATH;
        }
        // Rebuilt from host and port so that credentials written into the endpoint never travel further.
        String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
        return URI.create(uri.getScheme().toLowerCase() + "://" + uri.getHost() + port + path);
    }

}
