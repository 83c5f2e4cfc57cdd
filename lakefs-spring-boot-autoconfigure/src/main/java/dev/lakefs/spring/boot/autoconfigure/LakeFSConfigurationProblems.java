package dev.lakefs.spring.boot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The configuration problems reported at startup, each with the action that fixes it, so that wording stays
 * consistent wherever a problem is detected.
 */
final class LakeFSConfigurationProblems {

    private LakeFSConfigurationProblems() {
    }

    static InvalidLakeFSConfigurationException missingEndpoint() {
        return new InvalidLakeFSConfigurationException("lakefs.endpoint", "No lakeFS endpoint is configured.",
                "Set lakefs.endpoint (e.g. lakefs.endpoint=https://lakefs.example.com), or the environment variable "
                        + LakectlConfigurationLoader.ENDPOINT_VARIABLE + ", or server.endpoint_url in ~/.lakectl.yaml; "
                        + "or add dev.lakefs.spring:lakefs-embedded to the classpath to run an in-memory server.");
    }

    static InvalidLakeFSConfigurationException invalidEndpoint(String setting, String shownValue, String reason) {
        return new InvalidLakeFSConfigurationException(setting,
                "The endpoint '" + shownValue + "' is not a valid lakeFS URL: " + reason + ".",
                "Set " + setting + " to the URL of your lakeFS server, e.g. https://lakefs.example.com or "
                        + "http://localhost:8000 (\"/api/v1\" is added when there is no path).");
    }

    /**
     * Fails when exactly one of two settings that only work together, such as an access key id and its secret, is
     * set.
     */
    static void requireBothOrNeither(@Nullable String first, String firstSetting, @Nullable String second,
            String secondSetting) {
        if ((first == null) != (second == null)) {
            String missing = (first == null) ? firstSetting : secondSetting;
            String present = (first == null) ? secondSetting : firstSetting;
            throw new InvalidLakeFSConfigurationException(missing,
                    present + " is set but " + missing + " is not; they only work together.",
                    "Set both " + present + " and " + missing + ", or neither.");
        }
    }

    static InvalidLakeFSConfigurationException unreadableCaCertificate(String location, Throwable cause) {
        return new InvalidLakeFSConfigurationException("lakefs.ssl.ca-certificate",
                "The CA certificate bundle '" + location + "' cannot be read: " + cause.getMessage(),
                "Point lakefs.ssl.ca-certificate at a readable PEM file, e.g. file:/etc/ssl/lakefs-ca.pem or "
                        + "classpath:lakefs-ca.pem.",
                cause);
    }

    static InvalidLakeFSConfigurationException invalidCaCertificate(String location, String reason,
            @Nullable Throwable cause) {
        return new InvalidLakeFSConfigurationException("lakefs.ssl.ca-certificate",
                "The CA certificate bundle '" + location + "' is not valid: " + reason,
                "Point lakefs.ssl.ca-certificate at a file of PEM certificates (-----BEGIN CERTIFICATE----- blocks).",
                cause);
    }

    static InvalidLakeFSConfigurationException unknownSslBundle(String name, Throwable cause) {
        return new InvalidLakeFSConfigurationException("lakefs.ssl.bundle",
                "There is no SSL bundle named '" + name + "'.",
                "Define the bundle under spring.ssl.bundle.pem." + name + ".* or spring.ssl.bundle.jks." + name
                        + ".*, or correct lakefs.ssl.bundle.",
                cause);
    }

    static InvalidLakeFSConfigurationException invalidProxyUrl(String shownValue, String reason) {
        return new InvalidLakeFSConfigurationException("lakefs.proxy.url",
                "The proxy URL '" + shownValue + "' is not valid: " + reason + ".",
                "Set lakefs.proxy.url to the URL of an HTTP proxy, e.g. http://proxy.example.com:3128.");
    }

    /** Fails unless a duration is longer than zero. */
    static void requirePositive(String setting, Duration value, String example) {
        if (value.isNegative() || value.isZero()) {
            throw new InvalidLakeFSConfigurationException(setting,
                    setting + " is " + shown(value) + "; it must be longer than zero.",
                    "Set " + setting + " to a positive duration, e.g. " + setting + "=" + example
                            + ", or remove it to use the default.");
        }
    }

    /** Fails when a retry setting is out of its range. */
    static InvalidLakeFSConfigurationException invalidRetrySetting(String setting, Object value, String rule) {
        String shown = (value instanceof Duration duration) ? shown(duration) : String.valueOf(value);
        return new InvalidLakeFSConfigurationException(setting, setting + " is " + shown + "; it " + rule + ".",
                "Correct " + setting + ", or remove it to use the default.");
    }

    /** A duration in the form properties are usually written in, rather than ISO-8601's PT0.1S. */
    static String shown(Duration duration) {
        return duration.toMillis() + "ms";
    }

    static InvalidLakeFSConfigurationException embeddedServerMissing(boolean onClasspath, String wouldUse) {
        String problem = onClasspath
                ? "lakefs.embedded.enabled is true but the embedded server's auto-configuration did not run (was "
                        + "LakeFSEmbeddedAutoConfiguration excluded?)"
                : "lakefs.embedded.enabled is true but dev.lakefs.spring:lakefs-embedded is not on the classpath, "
                        + "so no embedded server can start";
        return new InvalidLakeFSConfigurationException("lakefs.embedded.enabled",
                problem + "; the application would otherwise use the lakeFS at " + wouldUse + ".",
                "Add the dependency dev.lakefs.spring:lakefs-embedded (in test scope for tests), or remove "
                        + "lakefs.embedded.enabled to use the configured lakeFS server.");
    }

}
