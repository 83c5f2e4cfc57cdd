package dev.lakefs.spring.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * A lakeFS endpoint and credentials found in lakectl's environment variables or configuration file.
 *
 * @param endpoint the endpoint, as configured (not yet normalised)
 * @param endpointSetting where the endpoint was found, e.g. {@code LAKECTL_SERVER_ENDPOINT_URL}
 * @param accessKeyId the access key id, if any
 * @param secretAccessKey the secret access key, if any
 * @param source a description of where the configuration came from, for the startup log; never contains a secret
 */
public record LakectlConfiguration(String endpoint, String endpointSetting, @Nullable String accessKeyId,
        @Nullable String secretAccessKey, String source) {

    @Override
    public String toString() {
        return "LakectlConfiguration[endpoint=" + this.endpoint + ", accessKeyId=" + this.accessKeyId
                + ", secretAccessKey=" + LakeFSSecrets.mask(this.secretAccessKey) + ", source=" + this.source + "]";
    }

}
