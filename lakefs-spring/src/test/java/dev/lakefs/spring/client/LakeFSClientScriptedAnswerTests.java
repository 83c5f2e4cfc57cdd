package dev.lakefs.spring.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.CommitCreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Answers a real lakeFS gives but the embedded server does not: expired data, a locked branch, gateways and load
 * balancers.
 */
class LakeFSClientScriptedAnswerTests {

    private static final String COMMIT_JSON = """
            {"id":"%s","parents":["p"],"committer":"admin","message":"m","creation_date":1700000000,
             "meta_range_id":"mr","metadata":{},"generation":2,"version":1,"some_future_field":true}"""
        .formatted("a".repeat(64));

    /** The page nginx and most load balancers answer while no upstream is healthy. */
    private static final String LOAD_BALANCER_PAGE = """
            <html>
            <head><title>%s</title></head>
            <body><center><h1>Service unavailable</h1></center><hr><center>nginx</center></body>
            </html>""";

    private final ScriptedHttpServer server;

    private final LakeFSClient client;

    LakeFSClientScriptedAnswerTests() throws IOException {
        this.server = new ScriptedHttpServer();
        this.client = LakeFSClient.builder()
            .endpoint(this.server.endpoint())
            .credentials("AKIAEXAMPLE", "secret")
            .retry(new RetrySettings(3, Duration.ofMillis(5), 1.0, Duration.ofMillis(5), Duration.ZERO))
            .build();
    }

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void expiredDataIsGone() {
        this.server.thenJson(410, "{\"message\":\"No data\"}");
        assertThatExceptionOfType(LakeFSGoneException.class)
            .isThrownBy(() -> this.client.statObject("repo", "main", "old").block())
            .satisfies((ex) -> {
                assertThat(ex.getServerMessage()).isEqualTo("No data");
                assertThat(ex.getRequestId()).isEqualTo("req-410");
            });
    }

    @Test
    void aCommitRejectedBecauseTheBranchWasLockedIsRetried() {
        this.server.thenJson(500, "{\"message\":\"branch is currently locked, try again later\"}")
            .thenJson(201, COMMIT_JSON);
        Commit commit = this.client.commit("repo", "main", CommitCreation.of("m", Map.of())).block();
        assertThat(commit.id()).isEqualTo("a".repeat(64));
        assertThat(commit.creationDate().getEpochSecond()).isEqualTo(1700000000L);
        assertThat(this.server.requests()).hasSize(2);
    }

    @Test
    void anUnexpectedServerErrorIsNotRetried() {
        this.server.thenJson(500, "{\"message\":\"boom\"}");
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.getBranch("repo", "main").block())
            .satisfies((ex) -> assertThat(ex.getServerMessage()).isEqualTo("boom"));
        assertThat(this.server.requests()).hasSize(1);
    }

    @Test
    void aGatewayTimeoutIsRetriedForReadsOnly() {
        this.server.then(504, "text/plain", "gateway timeout", Map.of())
            .thenJson(200, "{\"id\":\"main\",\"commit_id\":\"c\"}");
        assertThat(this.client.getBranch("repo", "main").block().commitId()).isEqualTo("c");
        this.server.then(504, "text/plain", "gateway timeout", Map.of());
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.commit("repo", "main", CommitCreation.of("m")).block())
            .satisfies((ex) -> {
                assertThat(ex.getStatus()).isEqualTo(504);
                assertThat(ex.getServerMessage()).isEqualTo("gateway timeout");
            });
        assertThat(this.server.requests()).hasSize(3);
    }

    @Test
    void aLoadBalancersHtmlPageWhileLakeFSRestartsIsRetriedAsTheServerErrorItIs() {
        this.server.then(503, "text/html", LOAD_BALANCER_PAGE.formatted("503 Service Temporarily Unavailable"),
                Map.of())
            .then(503, "text/html; charset=utf-8", LOAD_BALANCER_PAGE.formatted("503 Service Temporarily Unavailable"),
                    Map.of())
            .thenJson(201, COMMIT_JSON);
        // 503: the request did not reach lakeFS, so even a commit is repeated
        Commit commit = this.client.commit("repo", "main", CommitCreation.of("m", Map.of())).block();
        assertThat(commit.id()).isEqualTo("a".repeat(64));
        assertThat(this.server.requests()).hasSize(3)
            .allMatch((request) -> request.equals("POST /api/v1/repositories/repo/branches/main/commits"));
    }

    @Test
    void aBadGatewayHtmlPageStaysAServerErrorAndIsNotRepeatedForACommit() {
        this.server.then(502, "text/html", LOAD_BALANCER_PAGE.formatted("502 Bad Gateway"), Map.of());
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.commit("repo", "main", CommitCreation.of("m")).block())
            .satisfies((ex) -> {
                assertThat(ex.getStatus()).isEqualTo(502);
                assertThat(ex.getServerMessage()).isEqualTo("502 Bad Gateway");
            });
        assertThat(this.server.requests()).hasSize(1);
    }

    @Test
    void aGatewayTimeoutHtmlPageIsRetriedForAReadUntilTheRetriesRunOut() {
        for (int i = 0; i < 4; i++) {
            this.server.then(504, "text/html", LOAD_BALANCER_PAGE.formatted("504 Gateway Time-out"), Map.of());
        }
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.getBranch("repo", "main").block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(504));
        // the first attempt and the 3 retries of the client's RetrySettings
        assertThat(this.server.requests()).hasSize(4);
    }

    @Test
    void anHtmlPageAnsweringASuccessfulRequestIsAWrongEndpoint() {
        this.server.then(200, "text/html", LOAD_BALANCER_PAGE.formatted("lakeFS"), Map.of());
        assertThatExceptionOfType(LakeFSInvalidEndpointException.class)
            .isThrownBy(() -> this.client.getBranch("repo", "main").block())
            .withMessageContaining("/api/v1")
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(200));
        assertThat(this.server.requests()).hasSize(1);
    }

    @Test
    void aProxyErrorPageInHtmlIsNotMistakenForTheApi() {
        this.server.then(404, "text/html", "<html>Not Found</html>", Map.of());
        assertThatExceptionOfType(LakeFSInvalidEndpointException.class)
            .isThrownBy(() -> this.client.getRepository("repo").block())
            .withMessageContaining("/api/v1")
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(404));
    }

    @Test
    void jsonThatIsNotTheLakeFSModelIsAnInvalidEndpoint() {
        this.server.thenJson(200, "[1,2,3]");
        assertThatExceptionOfType(LakeFSInvalidEndpointException.class)
            .isThrownBy(() -> this.client.getRepository("repo").block())
            .withMessageContaining("is it a lakeFS server");
    }

    @Test
    void unknownFieldsAreIgnoredAndEpochSecondsBecomeInstants() {
        this.server.thenJson(200, COMMIT_JSON);
        Commit commit = this.client.getCommit("repo", "main").block();
        assertThat(commit.creationDate()).hasToString("2023-11-14T22:13:20Z");
        assertThat(commit.version()).isEqualTo(1);
    }

}
