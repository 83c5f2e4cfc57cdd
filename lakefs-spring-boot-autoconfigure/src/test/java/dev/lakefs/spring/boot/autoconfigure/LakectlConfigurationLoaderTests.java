package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LakectlConfigurationLoader}.
 */
class LakectlConfigurationLoaderTests {

    @TempDir
    Path home;

    private final Map<String, String> variables = new HashMap<>();

    @Test
    void nothingConfiguredFindsNothing() {
        assertThat(loader().load()).isNull();
    }

    @Test
    void readsEnvironmentVariables() {
        this.variables.put("LAKECTL_SERVER_ENDPOINT_URL", "https://lakefs.example.com");
        this.variables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIAENV");
        this.variables.put("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", "env-secret");
        LakectlConfiguration configuration = loader().load();
        assertThat(configuration).isNotNull();
        assertThat(configuration.endpoint()).isEqualTo("https://lakefs.example.com");
        assertThat(configuration.endpointSetting()).isEqualTo("LAKECTL_SERVER_ENDPOINT_URL");
        assertThat(configuration.accessKeyId()).isEqualTo("AKIAENV");
        assertThat(configuration.secretAccessKey()).isEqualTo("env-secret");
        assertThat(configuration.source()).isEqualTo("environment variables LAKECTL_*");
        assertThat(configuration.toString()).doesNotContain("env-secret");
    }

    @Test
    void readsLakectlYamlInTheHomeDirectory() throws IOException {
        Path file = writeLakectlYaml(this.home.resolve(".lakectl.yaml"), "http://file.example.com:8000", "AKIAFILE",
                "file-secret");
        LakectlConfiguration configuration = loader().load();
        assertThat(configuration).isNotNull();
        assertThat(configuration.endpoint()).isEqualTo("http://file.example.com:8000");
        assertThat(configuration.endpointSetting()).isEqualTo("server.endpoint_url in " + file);
        assertThat(configuration.accessKeyId()).isEqualTo("AKIAFILE");
        assertThat(configuration.secretAccessKey()).isEqualTo("file-secret");
        assertThat(configuration.source()).isEqualTo(file.toString());
    }

    @Test
    void configFileVariableOverridesThePath(@TempDir Path elsewhere) throws IOException {
        writeLakectlYaml(this.home.resolve(".lakectl.yaml"), "http://home.example.com", "AKIAHOME", "home-secret");
        Path file = writeLakectlYaml(elsewhere.resolve("custom.yaml"), "http://custom.example.com", "AKIACUSTOM",
                "custom-secret");
        this.variables.put("LAKECTL_CONFIG_FILE", file.toString());
        LakectlConfiguration configuration = loader().load();
        assertThat(configuration).isNotNull();
        assertThat(configuration.endpoint()).isEqualTo("http://custom.example.com");
        assertThat(configuration.accessKeyId()).isEqualTo("AKIACUSTOM");
    }

    @Test
    void environmentVariablesOverrideTheFile() throws IOException {
        Path file = writeLakectlYaml(this.home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIAFILE",
                "file-secret");
        this.variables.put("LAKECTL_SERVER_ENDPOINT_URL", "http://env.example.com");
        LakectlConfiguration configuration = loader().load();
        assertThat(configuration).isNotNull();
        assertThat(configuration.endpoint()).isEqualTo("http://env.example.com");
        assertThat(configuration.accessKeyId()).isEqualTo("AKIAFILE");
        assertThat(configuration.source()).isEqualTo("environment variables LAKECTL_* and " + file);
        this.variables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIAENV");
        this.variables.put("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", "env-secret");
        LakectlConfiguration allFromEnvironment = loader().load();
        assertThat(allFromEnvironment.accessKeyId()).isEqualTo("AKIAENV");
        assertThat(allFromEnvironment.secretAccessKey()).isEqualTo("env-secret");
        assertThat(allFromEnvironment.source()).isEqualTo("environment variables LAKECTL_*");
    }

    @Test
    void halfAKeyPairInTheEnvironmentFails() {
        this.variables.put("LAKECTL_SERVER_ENDPOINT_URL", "http://env.example.com");
        this.variables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIAENV");
        assertThatExceptionOfType(InvalidLakeFSConfigurationException.class).isThrownBy(() -> loader().load())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY"));
    }

    @Test
    void aMissingExplicitConfigFileFails() {
        this.variables.put("LAKECTL_CONFIG_FILE", this.home.resolve("missing.yaml").toString());
        assertThatExceptionOfType(InvalidLakeFSConfigurationException.class).isThrownBy(() -> loader().load())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo("LAKECTL_CONFIG_FILE"))
            .withMessageContaining("missing.yaml");
    }

    @Test
    void anUnparsableFileFails() throws IOException {
        Files.writeString(this.home.resolve(".lakectl.yaml"), "server: [unclosed");
        assertThatExceptionOfType(InvalidLakeFSConfigurationException.class).isThrownBy(() -> loader().load())
            .withMessageContaining(".lakectl.yaml");
    }

    @Test
    void aFileWithoutEndpointFindsNothing() throws IOException {
        Files.writeString(this.home.resolve(".lakectl.yaml"), "credentials:\n  access_key_id: AKIA\n");
        assertThat(loader().load()).isNull();
    }

    private LakectlConfigurationLoader loader() {
        return new LakectlConfigurationLoader(this.variables::get, this.home);
    }

    static Path writeLakectlYaml(Path file, String endpoint, String accessKeyId, String secretAccessKey)
            throws IOException {
        return Files.writeString(file, """
                credentials:
                  access_key_id: %s
                  secret_access_key: %s
                server:
                  endpoint_url: %s
                  retries:
                    enabled: true
                """.formatted(accessKeyId, secretAccessKey, endpoint));
    }

}
