package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ConfigApi;
import io.lakefs.clients.sdk.model.Config;
import io.lakefs.clients.sdk.model.StorageConfig;
import io.lakefs.clients.sdk.model.VersionConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §4 Health and version: {@code /config}, {@code /config/version}, {@code /config/storage}. The SDK's models
 * reject a storage config that lacks a required field, so parsing is itself the shape check.
 */
class ConfigConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4 GET /config → 200 Config with version_config and a mem storage_config (issue 2: presign on)")
    void configHasVersionAndStorage() throws ApiException {
        Config config = this.config.getConfig().execute();
        assertThat(config.getVersionConfig().getVersion()).isNotBlank();
        assertStorageConfig(config.getStorageConfig());
    }

    @Test
    @DisplayName("§4 GET /config/version (getLakeFSVersion) → 200 VersionConfig with a version")
    @SuppressWarnings("deprecation") // deprecated in the spec (L6592) but still served by lakeFS
    void versionConfig() throws ApiException {
        VersionConfig version = this.internal.getLakeFSVersion().execute();
        assertThat(version.getVersion()).isNotBlank();
    }

    @Test
    @DisplayName("§4 GET /config/storage → 200 StorageConfig with every required field")
    @SuppressWarnings("deprecation") // deprecated in the spec but still served by lakeFS
    void storageConfig() throws ApiException {
        assertStorageConfig(this.internal.getStorageConfig().execute());
    }

    @Test
    @DisplayName("§4 GET /config without credentials → 401")
    void configNeedsCredentials() {
        failsWith(401, () -> new ConfigApi(anonymousClient()).getConfig().execute());
    }

    /**
     * §4: the mem store reports type {@code mem}; its namespace regex must accept the {@code mem://} namespaces
     * this server hands out; issue 2 asks for {@code pre_sign_support} on.
     */
    private void assertStorageConfig(StorageConfig storage) {
        assertThat(storage.getBlockstoreType()).isEqualTo("mem");
        assertThat(storage.getPreSignSupport()).isTrue();
        assertThat(storage.getPreSignSupportUi()).isNotNull();
        assertThat(storage.getImportSupport()).isNotNull();
        assertThat(storage.getImportValidityRegex()).isNotNull();
        assertThat(storage.getBlockstoreNamespaceExample()).startsWith("mem://");
        assertThat(namespaceOf(this.repo)).containsPattern(storage.getBlockstoreNamespaceValidityRegex());
    }

}
