package dev.lakefs.spring.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.util.StringUtils;

/**
 * Adapts {@link LakeFSProperties} to {@link LakeFSConnectionDetails}. When {@code lakefs.endpoint} is unset, the
 * endpoint and credentials come from lakectl's configuration; explicit {@code lakefs.*} credentials still win.
 * Everything is validated on construction, so that a bad configuration fails at startup.
 */
class PropertiesLakeFSConnectionDetails implements LakeFSConnectionDetails {

    private static final String PROPERTIES_SOURCE = "lakefs.* properties";

    private final String endpoint;

    private final @Nullable String accessKeyId;

    private final @Nullable String secretAccessKey;

    private final @Nullable SslBundle sslBundle;

    private final String source;

    PropertiesLakeFSConnectionDetails(LakeFSProperties properties, LakectlConfigurationLoader lakectl,
            LakeFSSslBundleResolver sslBundleResolver) {
        String accessKeyId = emptyToNull(properties.getAccessKeyId());
        String secretAccessKey = emptyToNull(properties.getSecretAccessKey());
        LakeFSConfigurationProblems.requireBothOrNeither(accessKeyId, "lakefs.access-key-id", secretAccessKey,
                "lakefs.secret-access-key");
        String configuredEndpoint = emptyToNull(properties.getEndpoint());
        if (configuredEndpoint != null) {
            this.endpoint = LakeFSEndpoints.normalize("lakefs.endpoint", configuredEndpoint);
            this.source = PROPERTIES_SOURCE;
        }
        else {
            LakectlConfiguration discovered = lakectl.load();
            if (discovered == null) {
                throw LakeFSConfigurationProblems.missingEndpoint();
            }
            this.endpoint = LakeFSEndpoints.normalize(discovered.endpointSetting(), discovered.endpoint());
            if (accessKeyId == null) {
                accessKeyId = discovered.accessKeyId();
                secretAccessKey = discovered.secretAccessKey();
                this.source = discovered.source();
            }
            else {
                this.source = discovered.source() + ", credentials from " + PROPERTIES_SOURCE;
            }
        }
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.sslBundle = sslBundleResolver.resolve(properties.getSsl());
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return StringUtils.hasText(value) ? value : null;
    }

    @Override
    public String getEndpoint() {
        return this.endpoint;
    }

    @Override
    public @Nullable String getAccessKeyId() {
        return this.accessKeyId;
    }

    @Override
    public @Nullable String getSecretAccessKey() {
        return this.secretAccessKey;
    }

    @Override
    public @Nullable SslBundle getSslBundle() {
        return this.sslBundle;
    }

    /** Where the endpoint and credentials came from, for the startup log; never contains a secret. */
    String getSource() {
        return this.source;
    }

}
