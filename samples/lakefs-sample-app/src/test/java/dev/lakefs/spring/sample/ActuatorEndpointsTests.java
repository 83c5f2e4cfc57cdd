package dev.lakefs.spring.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The actuator endpoints the sample exposes, on the embedded default. */
@SpringBootTest(properties = { "lakefs.embedded.enabled=true", "sample.walkthrough.enabled=false",
        "sample.datasets.rows-per-part=2" })
@AutoConfigureMockMvc
class ActuatorEndpointsTests {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void healthHasTheLakeFSComponent() {
        assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.components.lakefs.status", (status) -> status.assertThat().isEqualTo("UP"));
    }

    @Test
    void lakeFSEndpointListsOpenTransactions() {
        assertThat(this.mvc.get().uri("/actuator/lakefs")).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.openTransactions", (open) -> open.assertThat().asArray().isEmpty());
    }

    @Test
    void metricsIncludeTheLakeFSClientCalls() {
        assertThat(this.mvc.get().uri("/actuator/metrics/http.client.requests")).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.availableTags[?(@.tag == 'uri')].values[*]",
                    (uris) -> uris.assertThat().asArray().contains("/api/v1/repositories"));
    }

}
