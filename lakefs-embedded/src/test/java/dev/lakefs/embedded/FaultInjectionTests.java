package dev.lakefs.embedded;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Fault injection through {@link FaultInjection}, switchable at run time. */
class FaultInjectionTests extends EmbeddedServerTestSupport {

    @AfterEach
    void clearFaults() {
        lakeFS.faults().clear();
    }

    @Test
    @DisplayName("latency delays every request")
    void latency() {
        lakeFS.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(this.http.get(repo("")).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    @DisplayName("rejectFraction(1, 429) answers 429 with Retry-After and lakeFS's message, without applying the request")
    void rejectWith429() {
        lakeFS.faults().rejectFraction(1.0, 429).retryAfter(Duration.ofSeconds(3));
        LakeFSHttp.Response response = this.http.createBranch(this.repository, "never", "main");
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.header("Retry-After")).isEqualTo("3");
        assertThat(response.message()).isEqualTo("Too many attempts, try again later");
        lakeFS.faults().clear();
        assertThat(this.http.get(repo("/branches/never")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("rejectFraction with 503 and a seed rejects a reproducible share of requests")
    void rejectFractionIsSeeded() {
        List<Integer> first = statuses(0.5, 42);
        List<Integer> second = statuses(0.5, 42);
        assertThat(first).isEqualTo(second).contains(503, 200);
    }

    @Test
    @DisplayName("onlyOperations restricts fraction-based faults to the named operations")
    void onlyOperations() {
        lakeFS.faults().rejectFraction(1.0, 503).onlyOperations("listBranches");
        assertThat(this.http.get(repo("/branches")).status()).isEqualTo(503);
        assertThat(this.http.get(repo("/branches/main")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("failOnce answers the next call to an operation with the status, then works again")
    void failOnce() {
        lakeFS.faults().failOnce("getBranch", 500);
        assertThat(this.http.get(repo("/branches/main")).status()).isEqualTo(500);
        assertThat(this.http.get(repo("/branches/main")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("dropOnce applies the request, then breaks the connection mid-response")
    void dropOnceAppliesThenDrops() {
        lakeFS.faults().dropOnce("createBranch");
        assertThatExceptionOfType(UncheckedIOException.class)
            .isThrownBy(() -> this.http.createBranch(this.repository, "applied", "main"));
        assertThat(this.http.get(repo("/branches/applied")).status()).as("the request was applied")
            .isEqualTo(200);
        RecordedRequest dropped = lakeFS.recordedRequests().stream()
            .filter(request -> "createBranch".equals(request.operationId()))
            .reduce((a, b) -> b)
            .orElseThrow();
        assertThat(dropped.status()).isZero();
    }

    @Test
    @DisplayName("dropping a bodiless response closes the connection before any status line")
    void dropWithoutBody() {
        this.http.createBranch(this.repository, "doomed", "main");
        lakeFS.faults().dropOnce("deleteBranch");
        assertThatExceptionOfType(UncheckedIOException.class)
            .isThrownBy(() -> this.http.delete(repo("/branches/doomed")));
        assertThat(this.http.get(repo("/branches/doomed")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("dropFraction(1) breaks every response; clear() restores service")
    void dropFraction() {
        lakeFS.faults().dropFraction(1.0);
        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.http.get(repo("")));
        lakeFS.faults().clear();
        assertThat(this.http.get(repo("")).status()).isEqualTo(200);
    }

    private List<Integer> statuses(double fraction, long seed) {
        lakeFS.faults().clear();
        lakeFS.faults().rejectFraction(fraction, 503).seed(seed);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(this.http.get(repo("")).status());
        }
        return statuses;
    }
}
