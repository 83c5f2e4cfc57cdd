package dev.lakefs.spring.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.ObjectStats;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LakeFSClientRetryTests extends EmbeddedServerSupport {

    private static final RetrySettings FAST = new RetrySettings(4, Duration.ofMillis(10), 2.0, Duration.ofSeconds(2),
            Duration.ofMillis(5));

    private final LakeFSClient client = clientBuilder().retry(FAST).build();

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() {
        String repository = newRepository(this.client);
        server.faults().retryAfter(Duration.ofSeconds(1)).failOnce("getRepository", 429);
        long start = System.nanoTime();
        assertThat(this.client.getRepository(repository).block().id()).isEqualTo(repository);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(statuses(lastRequestsTo("getRepository", 2))).containsExactly(429, 200);
    }

    @Test
    void tooManyRequestsBurstsAreRiddenOutWaitingEachRetryAfter() {
        String repository = newRepository(this.client);
        int before = requestsTo("getBranch").size();
        server.faults().seed(7).retryAfter(Duration.ofSeconds(1)).onlyOperations("getBranch").rejectFraction(0.5, 429);
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            assertThat(this.client.getBranch(repository, "main").block().id()).isEqualTo("main");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long rejected = requestsTo("getBranch").subList(before, requestsTo("getBranch").size())
            .stream()
            .filter((request) -> request.status() == 429)
            .count();
        assertThat(rejected).isPositive();
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(rejected));
    }

    @Test
    void serviceUnavailableBurstsAreRiddenOut() {
        String repository = newRepository(this.client);
        server.faults().seed(42).onlyOperations("getBranch", "statObject").rejectFraction(0.4, 503);
        this.client.uploadObject(repository, "main", "x", ObjectUpload.of("x".getBytes())).block();
        for (int i = 0; i < 20; i++) {
            assertThat(this.client.getBranch(repository, "main").block().id()).isEqualTo("main");
            assertThat(this.client.statObject(repository, "main", "x").block().sizeBytes()).isEqualTo(1L);
        }
        assertThat(requestsTo("getBranch")).extracting(RecordedRequest::status).contains(503, 200);
    }

    @Test
    void aRejectedCommitWasNotAppliedAndIsRetried() {
        String repository = newRepository(this.client);
        this.client.uploadObject(repository, "main", "x", ObjectUpload.of("x".getBytes())).block();
        int before = requestsTo("commit").size();
        server.faults().failOnce("commit", 503);
        Commit commit = this.client.commit(repository, "main", CommitCreation.of("once", Map.of())).block();
        assertThat(commit.message()).isEqualTo("once");
        assertThat(statuses(requestsTo("commit").subList(before, requestsTo("commit").size()))).containsExactly(503, 201);
        assertThat(this.client.logCommits(repository, "main").filter((c) -> c.message().equals("once")).count().block())
            .isEqualTo(1);
    }

    @Test
    void aCommitWhoseConnectionDroppedAfterItWasAppliedIsNotRepeated() {
        String repository = newRepository(this.client);
        this.client.uploadObject(repository, "main", "x", ObjectUpload.of("x".getBytes())).block();
        int before = requestsTo("commit").size();
        server.faults().dropOnce("commit");
        assertThatExceptionOfType(LakeFSTransportException.class)
            .isThrownBy(() -> this.client.commit(repository, "main", CommitCreation.of("fate unknown", Map.of())).block())
            .satisfies((ex) -> {
                assertThat(ex.isRequestSent()).isTrue();
                assertThat(ex.getOperationId()).isEqualTo("commit");
                assertThat(ex.getMessage()).contains("may or may not have applied it");
            });
        assertThat(requestsTo("commit").size() - before).isEqualTo(1);
        assertThat(this.client.getCommit(repository, "main").block().message()).isEqualTo("fate unknown");
    }

    @Test
    void anIdempotentReadWhoseConnectionDroppedIsRetried() {
        String repository = newRepository(this.client);
        server.faults().dropOnce("getBranch");
        assertThat(this.client.getBranch(repository, "main").block().id()).isEqualTo("main");
        assertThat(statuses(lastRequestsTo("getBranch", 2))).containsExactly(0, 200);
    }

    @Test
    void anIdempotentDownloadWhoseConnectionDroppedBeforeItsBodyIsRetried() {
        String repository = newRepository(this.client);
        this.client.uploadObject(repository, "main", "x", ObjectUpload.of("0123456789".getBytes())).block();
        server.faults().failOnce("getObject", 503);
        ObjectContent content = this.client.getObject(repository, "main", "x", GetObjectOptions.defaults()).block();
        assertThat(LakeFSClientObjectTests.text(content)).isEqualTo("0123456789");
    }

    @Test
    void aDownloadWhoseConnectionBreaksMidBodyFailsTheBodyWithATransportError() {
        String repository = newRepository(this.client);
        this.client.uploadObject(repository, "main", "x", ObjectUpload.of(new byte[64 * 1024])).block();
        server.faults().dropOnce("getObject");
        ObjectContent content = this.client.getObject(repository, "main", "x", GetObjectOptions.defaults()).block();
        assertThat(content.headers().contentLength()).isEqualTo(64 * 1024);
        assertThatExceptionOfType(LakeFSTransportException.class)
            .isThrownBy(() -> LakeFSClientObjectTests.drain(content.body()))
            .satisfies((ex) -> assertThat(ex.getOperationId()).isEqualTo("getObject"));
    }

    @Test
    void aBadGatewayIsRetriedForReadsButNotForCommits() {
        String repository = newRepository(this.client);
        server.faults().failOnce("getBranch", 502);
        assertThat(this.client.getBranch(repository, "main").block().id()).isEqualTo("main");
        this.client.uploadObject(repository, "main", "x", ObjectUpload.of("x".getBytes())).block();
        int before = requestsTo("commit").size();
        server.faults().failOnce("commit", 502);
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.commit(repository, "main", CommitCreation.of("c")).block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(502));
        assertThat(requestsTo("commit").size() - before).isEqualTo(1);
    }

    @Test
    void aRepeatableUploadIsRetriedButAOneShotStreamIsNot() {
        String repository = newRepository(this.client);
        server.faults().failOnce("uploadObject", 503);
        ObjectStats stats = this.client.uploadObject(repository, "main", "again", ObjectUpload.of("abc".getBytes()))
            .block();
        assertThat(stats.sizeBytes()).isEqualTo(3L);
        int before = requestsTo("uploadObject").size();
        server.faults().failOnce("uploadObject", 503);
        Flux<DataBuffer> oneShot = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap("abc".getBytes()));
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.uploadObject(repository, "main", "once", ObjectUpload.of(oneShot, 3)).block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(503));
        assertThat(requestsTo("uploadObject").size() - before).isEqualTo(1);
    }

    @Test
    void givesUpAfterMaxRetriesWithTheLastFailure() {
        String repository = newRepository(this.client);
        int before = requestsTo("getRepository").size();
        server.faults().onlyOperations("getRepository").rejectFraction(1.0, 503);
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.getRepository(repository).block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(503));
        assertThat(requestsTo("getRepository").size() - before).isEqualTo(1 + FAST.maxRetries());
    }

    private static List<RecordedRequest> lastRequestsTo(String operationId, int count) {
        List<RecordedRequest> requests = requestsTo(operationId);
        return requests.subList(requests.size() - count, requests.size());
    }

    private static List<Integer> statuses(List<RecordedRequest> requests) {
        return requests.stream().map(RecordedRequest::status).toList();
    }

}
