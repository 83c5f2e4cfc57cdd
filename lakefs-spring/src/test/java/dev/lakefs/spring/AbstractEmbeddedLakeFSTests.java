package dev.lakefs.spring;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.RetrySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the high-level API's tests: one embedded lakeFS server per test class, reached over real HTTP by a real
 * {@link LakeFSClient}, and a fresh repository name per call of {@link #newRepository()}.
 */
public abstract class AbstractEmbeddedLakeFSTests {

    private static final AtomicInteger repositories = new AtomicInteger();

    protected static EmbeddedLakeFS server;

    protected static LakeFSClient client;

    protected static LakeFS lakeFS;

    @BeforeAll
    static void startServer() {
        server = EmbeddedLakeFS.builder().build().start();
        client = LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .retry(RetrySettings.none())
            .build();
        lakeFS = LakeFS.of(client, LakeFSOptions.defaults().withPreSign(LakeFSOptions.PreSign.NEVER));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    /** A new repository with a {@code main} branch, in the server's memory storage. */
    protected static Repository newRepository() {
        String id = "repo-" + repositories.incrementAndGet();
        return lakeFS.repository(id).create("mem://bucket/" + id);
    }

    /** The requests the server received for one operation id. */
    protected static List<RecordedRequest> requestsFor(String operationId) {
        return server.recordedRequests().stream().filter((r) -> operationId.equals(r.operationId())).toList();
    }
}
