package dev.lakefs.spring.client;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.spring.client.model.RepositoryCreation;

/**
 * Starts one embedded lakeFS server per test class, over real HTTP, and makes clients and fresh repositories for
 * the tests.
 */
abstract class EmbeddedServerSupport {

    private static final AtomicInteger repositories = new AtomicInteger();

    static EmbeddedLakeFS server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedLakeFS.builder().port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void clearFaults() {
        server.faults().clear();
    }

    static LakeFSClient.Builder clientBuilder() {
        return LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .retry(new RetrySettings(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(200), Duration.ofMillis(5)));
    }

    static LakeFSClient client() {
        return clientBuilder().build();
    }

    /** Creates a repository with a unique name and answers its id. */
    static String newRepository(LakeFSClient client) {
        String name = "repo-" + repositories.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        client.createRepository(RepositoryCreation.of(name, "mem://bucket/" + name)).block();
        return name;
    }

    static List<RecordedRequest> requestsTo(String operationId) {
        return server.recordedRequests().stream().filter((request) -> operationId.equals(request.operationId())).toList();
    }

}
