package dev.lakefs.spring.client;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lakefs.spring.client.model.CommitCreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class LakeFSClientTimeoutTests extends EmbeddedServerSupport {

    @Test
    void aSlowAnswerTimesOutAsATransportError() {
        LakeFSClient client = clientBuilder().readTimeout(Duration.ofMillis(200)).retry(RetrySettings.none()).build();
        String repository = newRepository(client);
        server.faults().latency(Duration.ofMillis(1000));
        assertThatExceptionOfType(LakeFSTransportException.class)
            .isThrownBy(() -> client.getRepository(repository).block())
            .satisfies((ex) -> {
                assertThat(ex.isRequestSent()).isTrue();
                assertThat(ex.getMessage()).contains("timed out");
            });
    }

    @Test
    void timedOutReadsAreRetriedButATimedOutCommitIsNot() {
        RetrySettings twice = new RetrySettings(2, Duration.ofMillis(10), 1.0, Duration.ofMillis(10), Duration.ZERO);
        LakeFSClient client = clientBuilder().readTimeout(Duration.ofMillis(200)).retry(twice).build();
        String repository = newRepository(client);
        client.uploadObject(repository, "main", "x", ObjectUpload.of("x".getBytes())).block();
        int readsBefore = requestsTo("getBranch").size();
        int commitsBefore = requestsTo("commit").size();
        server.faults().latency(Duration.ofMillis(600));
        assertThatExceptionOfType(LakeFSTransportException.class)
            .isThrownBy(() -> client.getBranch(repository, "main").block());
        assertThatExceptionOfType(LakeFSTransportException.class)
            .isThrownBy(() -> client.commit(repository, "main", CommitCreation.of("slow", Map.of())).block());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(requestsTo("getBranch").size() - readsBefore).isEqualTo(3);
            assertThat(requestsTo("commit").size() - commitsBefore).isEqualTo(1);
        });
    }

    @Test
    void aFastAnswerWithinTheTimeoutSucceeds() {
        LakeFSClient client = clientBuilder().readTimeout(Duration.ofSeconds(2)).build();
        String repository = newRepository(client);
        server.faults().latency(Duration.ofMillis(100));
        assertThat(client.getRepository(repository).block().id()).isEqualTo(repository);
    }

}
