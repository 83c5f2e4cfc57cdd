package dev.lakefs.spring.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.RepositoryCreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LakeFSClientErrorTests extends EmbeddedServerSupport {

    private final LakeFSClient client = clientBuilder().retry(RetrySettings.none()).build();

    @Test
    void badRequestCarriesStatusServerMessageOperationAndRequestId() {
        assertThatExceptionOfType(LakeFSBadRequestException.class)
            .isThrownBy(() -> this.client.createRepository(RepositoryCreation.of("Bad_Name", "mem://bucket/bad")).block())
            .satisfies((ex) -> {
                assertThat(ex.getStatus()).isEqualTo(400);
                assertThat(ex.getServerMessage()).isNotBlank();
                assertThat(ex.getOperationId()).isEqualTo("createRepository");
                assertThat(ex.getRequestId()).isNotBlank();
                assertThat(ex.getMessage()).contains("createRepository", "400", ex.getServerMessage(),
                        ex.getRequestId());
            });
    }

    @Test
    void wrongCredentialsAreUnauthorizedAndNeverShown() {
        LakeFSClient wrong = LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials("AKIAWRONG", "wrong-secret-value")
            .retry(RetrySettings.none())
            .build();
        assertThatExceptionOfType(LakeFSUnauthorizedException.class)
            .isThrownBy(() -> wrong.listRepositories().collectList().block())
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("wrong-secret-value"));
        assertThat(wrong.toString()).doesNotContain("wrong-secret-value").doesNotContain("AKIAWRONG");
    }

    @Test
    void deletingTheDefaultBranchIsForbidden() {
        String repository = newRepository(this.client);
        assertThatExceptionOfType(LakeFSForbiddenException.class)
            .isThrownBy(() -> this.client.deleteBranch(repository, "main", false).block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(403));
    }

    @Test
    void missingThingsAreNotFound() {
        String repository = newRepository(this.client);
        assertThatExceptionOfType(LakeFSNotFoundException.class)
            .isThrownBy(() -> this.client.getBranch(repository, "nope").block())
            .satisfies((ex) -> assertThat(ex.getOperationId()).isEqualTo("getBranch"));
        assertThatExceptionOfType(LakeFSNotFoundException.class)
            .isThrownBy(() -> this.client.statObject(repository, "main", "nope").block());
        assertThatExceptionOfType(LakeFSNotFoundException.class)
            .isThrownBy(() -> this.client.getObject(repository, "main", "nope", GetObjectOptions.defaults()).block());
    }

    @Test
    void existingBranchIsAConflictButNotAMergeConflict() {
        String repository = newRepository(this.client);
        this.client.createBranch(repository, BranchCreation.of("dup", "main")).block();
        assertThatExceptionOfType(LakeFSConflictException.class)
            .isThrownBy(() -> this.client.createBranch(repository, BranchCreation.of("dup", "main")).block())
            .isNotInstanceOf(LakeFSMergeConflictException.class)
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(409));
    }

    @Test
    void serverErrorsAndRateLimitsSurfaceWithoutRetries() {
        String repository = newRepository(this.client);
        server.faults().failOnce("getRepository", 500);
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.getRepository(repository).block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(500));
        server.faults().failOnce("getRepository", 429);
        assertThatExceptionOfType(LakeFSTooManyRequestsException.class)
            .isThrownBy(() -> this.client.getRepository(repository).block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(429));
    }

    @Test
    void noServerListeningIsATransportErrorBeforeSending() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LakeFSClient unreachable = LakeFSClient.builder()
            .endpoint("127.0.0.1:" + port)
            .retry(RetrySettings.none())
            .build();
        assertThatExceptionOfType(LakeFSTransportException.class)
            .isThrownBy(() -> unreachable.healthCheck().block())
            .satisfies((ex) -> {
                assertThat(ex.isRequestSent()).isFalse();
                assertThat(ex.getStatus()).isZero();
                assertThat(ex.getMessage()).contains("could not connect");
            });
    }

    @Test
    void anEndpointThatAnswersHtmlSaysTheApiPathIsProbablyMissing() throws IOException {
        HttpServer ui = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ui.createContext("/", (exchange) -> {
            byte[] page = "<!DOCTYPE html><html><body>lakeFS</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        ui.start();
        try {
            LakeFSClient misconfigured = LakeFSClient.builder()
                .endpoint("http://127.0.0.1:" + ui.getAddress().getPort() + "/ui")
                .retry(RetrySettings.none())
                .build();
            assertThatExceptionOfType(LakeFSInvalidEndpointException.class)
                .isThrownBy(() -> misconfigured.listRepositories().collectList().block())
                .withMessageContaining("/api/v1")
                .withMessageContaining("text/html")
                .satisfies((ex) -> assertThat(ex.getOperationId()).isEqualTo("listRepositories"));
        }
        finally {
            ui.stop(0);
        }
    }

}
