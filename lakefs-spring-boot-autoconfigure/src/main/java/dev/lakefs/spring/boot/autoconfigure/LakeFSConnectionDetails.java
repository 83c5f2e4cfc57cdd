package dev.lakefs.spring.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Details required to connect to a lakeFS server. By default they come from the {@code lakefs.*} properties (with
 * lakectl's configuration as a fallback) or from the embedded server; a bean of this type, for example a service
 * connection, replaces them.
 */
public interface LakeFSConnectionDetails extends ConnectionDetails {

    /**
     * The URL of the lakeFS API, e.g. {@code https://lakefs.example.com/api/v1}.
     * @return the endpoint
     */
    String getEndpoint();

    /**
     * The access key id, or {@code null} to send no credentials.
     * @return the access key id
     */
    default @Nullable String getAccessKeyId() {
        return null;
    }

    /**
     * The secret access key that goes with {@link #getAccessKeyId()}.
     * @return the secret access key
     */
    default @Nullable String getSecretAccessKey() {
        return null;
    }

    /**
     * The SSL bundle holding the trust material (and optionally a client certificate) for the connection, or
     * {@code null} to use the JVM's defaults.
     * @return the SSL bundle
     */
    default @Nullable SslBundle getSslBundle() {
        return null;
    }

}
