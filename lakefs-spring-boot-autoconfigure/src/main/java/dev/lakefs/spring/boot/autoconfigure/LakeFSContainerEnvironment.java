package dev.lakefs.spring.boot.autoconfigure;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a {@code treeverse/lakefs} container tells a client from its environment: the keys of the user lakeFS
 * creates at startup, {@code LAKEFS_INSTALLATION_ACCESS_KEY_ID} and {@code LAKEFS_INSTALLATION_SECRET_ACCESS_KEY}
 * (lakeFS reads its {@code installation.*} settings from {@code LAKEFS_}-prefixed variables), else lakeFS's
 * quickstart keys, the only ones {@code lakefs run --quickstart} accepts. Used by the Testcontainers and Docker
 * Compose service connections.
 */
public final class LakeFSContainerEnvironment {

    /** The port lakeFS listens on inside its container ({@code listen_address} {@code 0.0.0.0:8000}). */
    public static final int PORT = 8000;

    /** The image the service connections recognise. */
    public static final String IMAGE = "treeverse/lakefs";

    static final String ACCESS_KEY_ID_VARIABLE = "LAKEFS_INSTALLATION_ACCESS_KEY_ID";

    static final String SECRET_ACCESS_KEY_VARIABLE = "LAKEFS_INSTALLATION_SECRET_ACCESS_KEY";

    /** lakeFS's {@code DefaultQuickstartKeyID}. */
    static final String QUICKSTART_ACCESS_KEY_ID = "AKIAIOSFOLQUICKSTART";

    /** lakeFS's {@code DefaultQuickstartSecretKey}: public, like the key id. */
    static final String QUICKSTART_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private final String accessKeyId;

    private final String secretAccessKey;

    /**
     * Reads the keys from a container's environment.
     * @param environment the container's environment variables
     */
    public LakeFSContainerEnvironment(Map<String, ? extends @Nullable String> environment) {
        this.accessKeyId = valueOrDefault(environment.get(ACCESS_KEY_ID_VARIABLE), QUICKSTART_ACCESS_KEY_ID);
        this.secretAccessKey = valueOrDefault(environment.get(SECRET_ACCESS_KEY_VARIABLE),
                QUICKSTART_SECRET_ACCESS_KEY);
    }

    /** The access key id the container's lakeFS accepts. */
    public String getAccessKeyId() {
        return this.accessKeyId;
    }

    /** The secret access key that goes with {@link #getAccessKeyId()}. */
    public String getSecretAccessKey() {
        return this.secretAccessKey;
    }

    /**
     * The API endpoint of a lakeFS reached at {@code host} and {@code port} (the port mapped to {@link #PORT}).
     * @param https whether the connection uses TLS
     * @param host the host the container is reached at
     * @param port the port mapped to {@link #PORT}
     * @return the endpoint, e.g. {@code http://localhost:32768/api/v1}
     */
    public static String endpoint(boolean https, String host, int port) {
        String shownHost = (host.indexOf(':') >= 0 && !host.startsWith("[")) ? "[" + host + "]" : host;
        return (https ? "https" : "http") + "://" + shownHost + ":" + port + "/api/v1";
    }

    private static String valueOrDefault(@Nullable String value, String defaultValue) {
        return (value != null && !value.isEmpty()) ? value : defaultValue;
    }

}
