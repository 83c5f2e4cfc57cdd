package dev.lakefs.spring.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The server's configuration ({@code getConfig}); UI and capability sections are not mapped.
 *
 * @param versionConfig the version, when sent
 * @param storageConfig the (single) object store, when sent
 * @param storageConfigList every object store, empty when not sent
 */
public record Config(@Nullable VersionConfig versionConfig, @Nullable StorageConfig storageConfig,
        List<StorageConfig> storageConfigList) {

    public Config {
        storageConfigList = ModelCollections.copyOf(storageConfigList);
    }

}
