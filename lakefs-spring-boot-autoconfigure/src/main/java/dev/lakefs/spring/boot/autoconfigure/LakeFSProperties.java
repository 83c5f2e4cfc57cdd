package dev.lakefs.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.lakefs.spring.client.ProxySettings;
import dev.lakefs.spring.client.RetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.style.ToStringCreator;

/**
 * Configuration properties for lakeFS, bound from {@code lakefs.*}.
 * <p>
 * {@link #toString()} never shows the secret access key or the proxy password, whether set on its own or in the
 * proxy URL.
 * <p>
 * Once bound, the values are checked ({@link #afterPropertiesSet()}): a zero or negative timeout or a retry setting
 * out of range fails the startup with a report naming the property.
 */
@ConfigurationProperties("lakefs")
public class LakeFSProperties implements InitializingBean {

    /**
     * URL of the lakeFS server or of its API, for example "https://lakefs.example.com". "http://" is added when
     * there is no scheme and "/api/v1" when there is no path. When unset, lakectl's configuration is used, then the
     * embedded server when it is on the classpath.
     */
    private @Nullable String endpoint;

    /**
     * Access key id used to authenticate with lakeFS.
     */
    private @Nullable String accessKeyId;

    /**
     * Secret access key that goes with the access key id.
     */
    private @Nullable String secretAccessKey;

    /**
     * Time allowed to establish a connection to lakeFS.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * Time allowed between two reads of a response before the request fails.
     */
    private Duration readTimeout = Duration.ofSeconds(60);

    private final Retry retry = new Retry();

    private final Ssl ssl = new Ssl();

    private final Proxy proxy = new Proxy();

    private final Embedded embedded = new Embedded();

    private final Health health = new Health();

    private final S3 s3 = new S3();

    public @Nullable String getEndpoint() {
        return this.endpoint;
    }

    public void setEndpoint(@Nullable String endpoint) {
        this.endpoint = endpoint;
    }

    public @Nullable String getAccessKeyId() {
        return this.accessKeyId;
    }

    public void setAccessKeyId(@Nullable String accessKeyId) {
        this.accessKeyId = accessKeyId;
    }

    public @Nullable String getSecretAccessKey() {
        return this.secretAccessKey;
    }

    public void setSecretAccessKey(@Nullable String secretAccessKey) {
        this.secretAccessKey = secretAccessKey;
    }

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return this.readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Retry getRetry() {
        return this.retry;
    }

    public Ssl getSsl() {
        return this.ssl;
    }

    public Proxy getProxy() {
        return this.proxy;
    }

    public Embedded getEmbedded() {
        return this.embedded;
    }

    public Health getHealth() {
        return this.health;
    }

    public S3 getS3() {
        return this.s3;
    }

    /**
     * Checks the bound values, so that a mistake fails the startup rather than the first call.
     * @throws InvalidLakeFSConfigurationException naming the first property that is out of range
     */
    @Override
    public void afterPropertiesSet() {
        LakeFSConfigurationProblems.requirePositive("lakefs.connect-timeout", this.connectTimeout, "10s");
        LakeFSConfigurationProblems.requirePositive("lakefs.read-timeout", this.readTimeout, "60s");
        LakeFSConfigurationProblems.requirePositive("lakefs.health.timeout", this.health.getTimeout(), "5s");
        this.retry.validate();
    }

    @Override
    public String toString() {
        return new ToStringCreator(this).append("endpoint", this.endpoint)
            .append("accessKeyId", this.accessKeyId)
            .append("secretAccessKey", LakeFSSecrets.mask(this.secretAccessKey))
            .append("connectTimeout", this.connectTimeout)
            .append("readTimeout", this.readTimeout)
            .append("retry", this.retry)
            .append("ssl", this.ssl)
            .append("proxy", this.proxy)
            .append("embedded", this.embedded)
            .append("health", this.health)
            .append("s3", this.s3)
            .toString();
    }

    /**
     * Retries of transient failures (connection errors, 429, 502, 503, 504).
     */
    public static class Retry {

        /**
         * Maximum number of retries after the first attempt; 0 disables retries.
         */
        private int maxRetries = 5;

        /**
         * Delay before the first retry.
         */
        private Duration delay = Duration.ofMillis(100);

        /**
         * Factor applied to the delay after each retry.
         */
        private double multiplier = 2.0;

        /**
         * Upper bound of the delay between two attempts.
         */
        private Duration maxDelay = Duration.ofSeconds(5);

        /**
         * Random amount added to or removed from each delay, so that clients do not retry in lockstep.
         */
        private Duration jitter = Duration.ofMillis(50);

        public int getMaxRetries() {
            return this.maxRetries;
        }

        public void setMaxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
        }

        public Duration getDelay() {
            return this.delay;
        }

        public void setDelay(Duration delay) {
            this.delay = delay;
        }

        public double getMultiplier() {
            return this.multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxDelay() {
            return this.maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public Duration getJitter() {
            return this.jitter;
        }

        public void setJitter(Duration jitter) {
            this.jitter = jitter;
        }

        /**
         * These settings as the client's {@link RetrySettings}.
         * @return the retry settings
         * @throws InvalidLakeFSConfigurationException when the settings are inconsistent
         */
        public RetrySettings asRetrySettings() {
            validate();
            try {
                return new RetrySettings(this.maxRetries, this.delay, this.multiplier, this.maxDelay, this.jitter);
            }
            catch (IllegalArgumentException ex) {
                throw new InvalidLakeFSConfigurationException("lakefs.retry", ex.getMessage(),
                        "Correct lakefs.retry.*: max-retries and the durations must not be negative, multiplier "
                                + "must be at least 1 and max-delay must not be shorter than delay.",
                        ex);
            }
        }

        void validate() {
            if (this.maxRetries < 0) {
                throw LakeFSConfigurationProblems.invalidRetrySetting("lakefs.retry.max-retries", this.maxRetries,
                        "must not be negative (0 disables retries)");
            }
            requireNotNegative("lakefs.retry.delay", this.delay);
            requireNotNegative("lakefs.retry.max-delay", this.maxDelay);
            requireNotNegative("lakefs.retry.jitter", this.jitter);
            if (!(this.multiplier >= 1.0) || Double.isInfinite(this.multiplier)) {
                throw LakeFSConfigurationProblems.invalidRetrySetting("lakefs.retry.multiplier", this.multiplier,
                        "must be a number of at least 1");
            }
            if (this.maxDelay.compareTo(this.delay) < 0) {
                throw LakeFSConfigurationProblems.invalidRetrySetting("lakefs.retry.max-delay", this.maxDelay,
                        "must not be shorter than lakefs.retry.delay (" + LakeFSConfigurationProblems.shown(this.delay) + ")");
            }
        }

        private static void requireNotNegative(String setting, Duration value) {
            if (value.isNegative()) {
                throw LakeFSConfigurationProblems.invalidRetrySetting(setting, value, "must not be negative");
            }
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("maxRetries", this.maxRetries)
                .append("delay", this.delay)
                .append("multiplier", this.multiplier)
                .append("maxDelay", this.maxDelay)
                .append("jitter", this.jitter)
                .toString();
        }

    }

    /**
     * TLS settings of the connection to lakeFS.
     */
    public static class Ssl {

        /**
         * Location of a PEM bundle of CA certificates to trust, for example "classpath:ca.pem" or
         * "file:/etc/ssl/lakefs-ca.pem". Cannot be combined with "lakefs.ssl.bundle".
         */
        private @Nullable String caCertificate;

        /**
         * Name of a Spring Boot SSL bundle ("spring.ssl.bundle.*") holding the trust material and, optionally, a
         * client certificate. Cannot be combined with "lakefs.ssl.ca-certificate".
         */
        private @Nullable String bundle;

        /**
         * Whether to verify the server's certificate. Turning it off trusts any certificate and is unsafe outside
         * development.
         */
        private boolean verify = true;

        public @Nullable String getCaCertificate() {
            return this.caCertificate;
        }

        public void setCaCertificate(@Nullable String caCertificate) {
            this.caCertificate = caCertificate;
        }

        public @Nullable String getBundle() {
            return this.bundle;
        }

        public void setBundle(@Nullable String bundle) {
            this.bundle = bundle;
        }

        public boolean isVerify() {
            return this.verify;
        }

        public void setVerify(boolean verify) {
            this.verify = verify;
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("caCertificate", this.caCertificate)
                .append("bundle", this.bundle)
                .append("verify", this.verify)
                .toString();
        }

    }

    /**
     * HTTP proxy between the application and lakeFS.
     */
    public static class Proxy {

        /**
         * URL of the proxy, for example "http://proxy.example.com:3128".
         */
        private @Nullable String url;

        /**
         * User name to authenticate with the proxy.
         */
        private @Nullable String username;

        /**
         * Password to authenticate with the proxy.
         */
        private @Nullable String password;

        /**
         * Hosts reached directly rather than through the proxy; "*" matches any sequence of characters, for example
         * "*.internal.example.com".
         */
        private List<String> nonProxyHosts = new ArrayList<>();

        public @Nullable String getUrl() {
            return this.url;
        }

        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        public @Nullable String getUsername() {
            return this.username;
        }

        public void setUsername(@Nullable String username) {
            this.username = username;
        }

        public @Nullable String getPassword() {
            return this.password;
        }

        public void setPassword(@Nullable String password) {
            this.password = password;
        }

        public List<String> getNonProxyHosts() {
            return this.nonProxyHosts;
        }

        public void setNonProxyHosts(List<String> nonProxyHosts) {
            this.nonProxyHosts = nonProxyHosts;
        }

        /**
         * These settings as the client's {@link ProxySettings}.
         * @return the proxy settings, or {@code null} when no proxy is configured
         * @throws InvalidLakeFSConfigurationException when the settings are invalid
         */
        public @Nullable ProxySettings asProxySettings() {
            return LakeFSProxySettingsMapper.map(this);
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("url", LakeFSSecrets.maskUrlPassword(this.url))
                .append("username", this.username)
                .append("password", LakeFSSecrets.mask(this.password))
                .append("nonProxyHosts", this.nonProxyHosts)
                .toString();
        }

    }

    /**
     * The embedded lakeFS-compatible server, started when no endpoint is configured and {@code lakefs-embedded} is
     * on the classpath.
     */
    public static class Embedded {

        /**
         * Whether to start the embedded server. When unset, it starts only if no endpoint is configured (neither
         * "lakefs.endpoint" nor lakectl's configuration); "true" starts it and ignores any configured endpoint.
         */
        private @Nullable Boolean enabled;

        /**
         * Port of the embedded server; 0 picks a free port, published as "local.lakefs.port".
         */
        private int port;

        /**
         * Host directories that imports and links of "local://" addresses may read (absolute paths, matched as
         * prefixes: end a directory with "/"), as lakeFS's "blockstore.local.allowed_external_prefixes". When empty,
         * the embedded server reads no host file.
         */
        private List<String> allowedLocalPrefixes = new ArrayList<>();

        /**
         * Directory where the embedded server keeps its repositories, history, staged changes and objects, so that
         * they survive a restart of the application (one server per directory at a time). When unset, the data lives
         * in memory and is lost on shutdown.
         */
        private @Nullable Path dataDirectory;

        public @Nullable Boolean getEnabled() {
            return this.enabled;
        }

        public void setEnabled(@Nullable Boolean enabled) {
            this.enabled = enabled;
        }

        public int getPort() {
            return this.port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public List<String> getAllowedLocalPrefixes() {
            return this.allowedLocalPrefixes;
        }

        public void setAllowedLocalPrefixes(List<String> allowedLocalPrefixes) {
            this.allowedLocalPrefixes = allowedLocalPrefixes;
        }

        public @Nullable Path getDataDirectory() {
            return this.dataDirectory;
        }

        public void setDataDirectory(@Nullable Path dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("enabled", this.enabled)
                .append("port", this.port)
                .append("allowedLocalPrefixes", this.allowedLocalPrefixes)
                .append("dataDirectory", this.dataDirectory)
                .toString();
        }

    }

    /**
     * Settings of the lakeFS health indicator.
     */
    public static class Health {

        /**
         * Time allowed for the health check's calls to lakeFS before it reports the server as down.
         */
        private Duration timeout = Duration.ofSeconds(5);

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("timeout", this.timeout).toString();
        }

    }

    /**
     * The AWS SDK S3 client for lakeFS's S3 gateway ({@code lakeFSS3Client}, {@code lakeFSS3Presigner}), configured
     * when {@code software.amazon.awssdk:s3} is on the classpath.
     */
    public static class S3 {

        /**
         * Whether to configure the lakeFS S3 client and presigner.
         */
        private boolean enabled = true;

        /**
         * URL of lakeFS's S3 gateway, for example "https://s3.lakefs.example.com". When unset, the root of the lakeFS
         * server: the lakeFS endpoint without "/api/v1".
         */
        private @Nullable String endpoint;

        /**
         * Region the S3 client signs requests with; lakeFS accepts any.
         */
        private String region = "us-east-1";

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public @Nullable String getEndpoint() {
            return this.endpoint;
        }

        public void setEndpoint(@Nullable String endpoint) {
            this.endpoint = endpoint;
        }

        public String getRegion() {
            return this.region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("enabled", this.enabled)
                .append("endpoint", this.endpoint)
                .append("region", this.region)
                .toString();
        }

    }

}
