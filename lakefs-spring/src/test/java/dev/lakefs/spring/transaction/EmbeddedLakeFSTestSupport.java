package dev.lakefs.spring.transaction;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.RetrySettings;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.RefInfo;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts one embedded lakeFS server per test class (real HTTP) and gives every test a fresh repository and
 * transaction manager.
 */
abstract class EmbeddedLakeFSTestSupport {

    /** Quick retries, so that fault-injection tests stay fast. */
    static final RetrySettings FAST_RETRIES = new RetrySettings(4, Duration.ofMillis(2), 2.0, Duration.ofMillis(20),
            Duration.ofMillis(2));

    private static final AtomicInteger repositories = new AtomicInteger();

    static EmbeddedLakeFS server;

    static LakeFSClient client;

    static LakeFS lakeFS;

    String repository;

    LakeFSTransactionManager manager;

    TestObservationRegistry observations;

    @BeforeAll
    static void startServer() {
        server = EmbeddedLakeFS.builder().build().start();
        client = LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .retry(FAST_RETRIES)
            .build();
        lakeFS = LakeFS.of(client);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void createRepository() {
        this.repository = "tx-repo-" + repositories.incrementAndGet();
        lakeFS.repository(this.repository).create("mem://bucket/" + this.repository);
        this.observations = TestObservationRegistry.create();
        this.manager = new LakeFSTransactionManager(lakeFS);
        this.manager.setObservationRegistry(this.observations);
    }

    @AfterEach
    void clearFaults() {
        server.faults().clear();
    }

    Branch main() {
        return branch("main");
    }

    Branch branch(String id) {
        return lakeFS.repository(this.repository).branch(id);
    }

    LakeFSTransactionTemplate template() {
        return new LakeFSTransactionTemplate(this.manager, this.repository, "main");
    }

    LakeFSTransactionTemplate template(TransactionOptions options) {
        return template().withOptions(options);
    }

    /** The transaction branches (hidden or not) that exist in the repository. */
    List<String> transactionBranches() {
        return client.listBranches(this.repository, ListOptions.prefixed("tx-"), true)
            .map(RefInfo::id)
            .collectList()
            .block();
    }

    String head(String branchId) {
        return client.getBranch(this.repository, branchId).map(RefInfo::commitId).block();
    }

    Commit commit(String commitId) {
        return client.getCommit(this.repository, commitId).block();
    }

    boolean exists(String ref, String path) {
        return lakeFS.repository(this.repository).ref(ref).object(path).exists();
    }

    String read(String ref, String path) {
        return lakeFS.repository(this.repository).ref(ref).object(path).readString();
    }

    /** Commits {@code content} at {@code path} on a side branch and merges it into main, as another writer would. */
    void mergeIntoMainFromAnotherWriter(String path, String content) {
        String writer = "writer-" + Long.toHexString(System.nanoTime());
        Branch side = branch(writer).create("main");
        side.object(path).upload(content);
        side.commit("concurrent write of " + path);
        side.mergeInto(main());
        side.delete();
    }
}
