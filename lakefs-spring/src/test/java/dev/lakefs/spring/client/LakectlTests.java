package dev.lakefs.spring.client;

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
 * {@link Lakectl}: lakectl's variables over its file, without Spring Boot. (Boot's
 * {@code LakectlConfigurationLoaderTests} cover the same rules through the auto-configuration's loader.)
 */
class LakectlTests {

    @TempDir
    Path home;

    private final Map<String, String> variables = new HashMap<>();

    private Lakectl lakectl() {
        return new Lakectl(this.variables::get, this.home);
    }

    @Test
    void variablesOverrideTheFile() throws IOException {
        Files.writeString(this.home.resolve(".lakectl.yaml"), "server:\n  endpoint_url: http://file.example.com\n"
                + "credentials:\n  access_key_id: AKIAFILE\n  secret_access_key: file-secret\n");
        this.variables.put(Lakectl.ENDPOINT_VARIABLE, "https://env.example.com");

        Lakectl.Settings settings = lakectl().load();

        assertThat(settings).isNotNull();
        assertThat(settings.endpoint()).isEqualTo("https://env.example.com");
        assertThat(settings.accessKeyId()).isEqualTo("AKIAFILE");
        assertThat(settings.source()).startsWith("environment variables LAKECTL_* and ");
        assertThat(settings.toString()).doesNotContain("file-secret");
        assertThat(settings.toClientBuilder().build().endpoint()).hasToString("https://env.example.com/api/v1");
    }

    @Test
    void nothingConfiguredIsNull() {
        assertThat(lakectl().load()).isNull();
    }

    @Test
    void halfAKeyPairSaysWhichHalfIsMissing() {
        this.variables.put(Lakectl.ENDPOINT_VARIABLE, "https://env.example.com");
        this.variables.put(Lakectl.ACCESS_KEY_ID_VARIABLE, "AKIAENV");
        assertThatExceptionOfType(Lakectl.InvalidConfigurationException.class).isThrownBy(() -> lakectl().load())
            .satisfies((ex) -> {
                assertThat(ex.getSetting()).isEqualTo(Lakectl.SECRET_ACCESS_KEY_VARIABLE);
                assertThat(ex.getProblem()).contains(Lakectl.ACCESS_KEY_ID_VARIABLE + " is set");
                assertThat(ex.getAction()).startsWith("Set both");
            });
    }
}
