package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §1 "Validation runs before auth" and §1 unknown paths: the answers lakeFS's spec validator and router give,
 * sent raw because the SDK refuses to build most of these requests itself.
 */
class RequestValidationConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§1/§3 amount > 1000 → 400 with an Error message")
    void amountAboveMaximumIsBadRequest() {
        // §3 amount: int, min -1, max 1000; §1 "amount > 1000" is a validator example
        assertBadRequest(this.http.get("/repositories?amount=1001"));
        assertBadRequest(this.http.get("/repositories/" + this.repo + "/refs/main/objects/ls?amount=5000"));
        assertBadRequest(this.http.get("/repositories/" + this.repo + "/refs/main/commits?amount=1001"));
    }

    @Test
    @DisplayName("§3 amount below -1 or not an integer → 400")
    void amountBelowMinimumIsBadRequest() {
        assertBadRequest(this.http.get("/repositories?amount=-2"));
        assertBadRequest(this.http.get("/repositories?amount=many"));
    }

    @Test
    @DisplayName("§1 a missing required query parameter (path) → 400")
    void missingRequiredQueryIsBadRequest() {
        // §1 "a missing required query path" is the first validator example
        assertBadRequest(this.http.get("/repositories/" + this.repo + "/refs/main/objects/stat"));
        assertBadRequest(this.http.get("/repositories/" + this.repo + "/refs/main/objects"));
        assertBadRequest(this.http.send("DELETE", "/repositories/" + this.repo + "/branches/main/objects", null));
    }

    @Test
    @DisplayName("§1 a Range header that breaks the spec's pattern → 400")
    void badRangePatternIsBadRequest() {
        uploadRaw("main", "file", "0123456789".getBytes(StandardCharsets.UTF_8));
        assertBadRequest(this.http.get(refObjectPath("main", "file"), "Range", "items=0-4"));
    }

    @Test
    @DisplayName("§1 a request body that breaks the schema (missing required field) → 400")
    void bodyMissingRequiredFieldIsBadRequest() {
        // BranchCreation requires name and source (swagger BranchCreation L760)
        assertBadRequest(this.http.send("POST", "/repositories/" + this.repo + "/branches",
                "{\"name\":\"no-source\"}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json"));
    }

    @Test
    @DisplayName("§1 an unknown path under /api/v1 → 404 'invalid API endpoint'")
    void unknownPathIsInvalidApiEndpoint() {
        // §1: serve.go InvalidAPIEndpointHandler answers 404 {"message":"invalid API endpoint"}
        HttpResponse<byte[]> response = this.http.get("/no/such/endpoint");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(messageOf(response)).isEqualTo("invalid API endpoint");
        HttpResponse<byte[]> nested = this.http.get("/repositories/" + this.repo + "/no-such-thing");
        assertThat(nested.statusCode()).isEqualTo(404);
        assertThat(messageOf(nested)).isEqualTo("invalid API endpoint");
    }

    @Test
    @DisplayName("issue 2: spec operations outside the emulator's scope answer (e.g. 501) with an Error body, never 500 or a hang")
    void operationsOutsideScopeAnswerCleanly() {
        String[] paths = { "/auth/users", "/repositories/" + this.repo + "/settings/gc_rules",
                "/repositories/" + this.repo + "/actions/runs", "/repositories/" + this.repo + "/settings/branch_protection",
                "/repositories/" + this.repo + "/pulls" };
        for (String path : paths) {
            HttpResponse<byte[]> response = this.http.get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(500).isLessThan(502);
            if (response.statusCode() >= 400) {
                assertThat(messageOf(response)).as(path).isNotBlank();
            }
        }
    }

    private static void assertBadRequest(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(bodyOf(response)).isEqualTo(400);
        assertThat(messageOf(response)).isNotBlank();
    }

}
