package dev.lakefs.spring.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EndpointsTests {

    @Test
    void addsSchemeAndApiPathWhenMissing() {
        assertThat(Endpoints.normalize("localhost:8000")).hasToString("http://localhost:8000/api/v1");
    }

    @Test
    void addsApiPathToAnEndpointWithoutPath() {
        assertThat(Endpoints.normalize("https://lakefs.example.com/")).hasToString("https://lakefs.example.com/api/v1");
    }

    @Test
    void keepsAnExplicitPathWithoutItsTrailingSlash() {
        assertThat(Endpoints.normalize("http://example.com:8000/lakefs/api/v1/"))
            .hasToString("http://example.com:8000/lakefs/api/v1");
    }

    @Test
    void dropsCredentialsWrittenIntoTheEndpoint() {
        assertThat(Endpoints.normalize("http://key:secret@example.com:8000")).hasToString("http://example.com:8000/api/v1");
    }

    @Test
    void rejectsOtherSchemes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Endpoints.normalize("ftp://example.com"))
            .withMessageContaining("http or https");
    }

    @Test
    void rejectsAnEmptyEndpoint() {
        assertThatIllegalArgumentException().isThrownBy(() -> Endpoints.normalize("  "))
            .withMessageContaining("must not be empty");
    }

}
