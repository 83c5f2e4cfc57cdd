package dev.lakefs.spring.boot.autoconfigure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LakeFSEndpoints}.
 */
class LakeFSEndpointsTests {

    @ParameterizedTest
    @CsvSource({ "localhost:8000, http://localhost:8000/api/v1", "http://localhost:8000/, http://localhost:8000/api/v1",
            "https://lakefs.example.com, https://lakefs.example.com/api/v1",
            "https://lakefs.example.com/api/v1, https://lakefs.example.com/api/v1",
            "http://10.0.0.1:8000/custom/api, http://10.0.0.1:8000/custom/api" })
    void normalizesLikeTheLakeFSClients(String configured, String expected) {
        assertThat(LakeFSEndpoints.normalize("lakefs.endpoint", configured)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "ftp://lakefs.example.com | the scheme 'ftp' is not supported",
            "http://lake fs:8000 | Illegal character", "http://:8000 | no valid host name",
            "http://lakefs.example.com?x=1 | must not have a query" })
    void rejectsWhatIsNotAnHttpUrl(String configured, String reason) {
        assertThatExceptionOfType(InvalidLakeFSConfigurationException.class)
            .isThrownBy(() -> LakeFSEndpoints.normalize("lakefs.endpoint", configured))
            .withMessageContaining(reason)
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo("lakefs.endpoint"));
    }

    @ParameterizedTest
    @CsvSource({ "http://admin:hunter2@lakefs.example.com" })
    void neverEchoesCredentialsInTheUrl(String configured) {
        assertThatExceptionOfType(InvalidLakeFSConfigurationException.class)
            .isThrownBy(() -> LakeFSEndpoints.normalize("lakefs.endpoint", configured))
            .withMessageNotContaining("hunter2")
            .withMessageContaining("credentials cannot be part of the URL");
    }

}
