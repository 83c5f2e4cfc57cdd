package dev.lakefs.embedded.api.model;

import java.util.List;
import java.util.Map;

/** lakeFS's {@code Config}. */
public record Config(VersionConfig versionConfig, StorageConfig storageConfig, List<StorageConfig> storageConfigList, Map<String, Object> uiConfig, Map<String, Object> capabilitiesConfig) {
}
