package dev.lakefs.spring.boot.autoconfigure.actuate;

import java.time.Duration;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.model.Config;
import org.jspecify.annotations.Nullable;

/**
 * What the lakeFS server says about itself ({@code GET /config}), fetched within a timeout; when the server cannot
 * be asked, the error instead.
 *
 * @param version the server version, if known
 * @param storageType the blockstore type of the default storage, e.g. {@code s3}, if known
 * @param error why the server could not be asked, if it could not
 */
public record LakeFSServerInfo(@Nullable String version, @Nullable String storageType, @Nullable String error) {

    static LakeFSServerInfo fetch(LakeFSClient client, Duration timeout) {
        try {
            Config config = client.getConfig().block(timeout);
            if (config == null) {
                return new LakeFSServerInfo(null, null, "lakeFS returned no configuration");
            }
            return new LakeFSServerInfo((config.versionConfig() != null) ? config.versionConfig().version() : null,
                    (config.storageConfig() != null) ? config.storageConfig().blockstoreType() : null, null);
        }
        catch (RuntimeException ex) {
            return new LakeFSServerInfo(null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
    }

}
