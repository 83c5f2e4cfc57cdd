package dev.lakefs.spring.client;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.CommitCreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * lakeFS behind a load balancer that answers its own HTML error pages while lakeFS restarts: those answers stay
 * server errors and follow the retry table, they do not mean a wrong endpoint.
 */
class LakeFSClientLoadBalancerTests extends EmbeddedServerSupport {

    private final LoadBalancer loadBalancer;

    private final LakeFSClient client;

    LakeFSClientLoadBalancerTests() throws IOException {
        this.loadBalancer = new LoadBalancer(server.url());
        this.client = LakeFSClient.builder()
            .endpoint(this.loadBalancer.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .retry(new RetrySettings(3, Duration.ofMillis(5), 1.0, Duration.ofMillis(5), Duration.ZERO))
            .build();
    }

    @AfterEach
    void stopLoadBalancer() {
        this.loadBalancer.close();
    }

    @Test
    void serviceUnavailablePagesAreRiddenOutEvenForAWrite() {
        String repository = newRepository(client());
        int before = requestsTo("createBranch").size();
        this.loadBalancer.upstreamDown(503, 2);
        String head = this.client.createBranch(repository, BranchCreation.of("through-lb", "main")).block();
        assertThat(head).isNotBlank();
        // the two 503 pages never reached lakeFS: it saw the request once, and created the branch
        assertThat(requestsTo("createBranch")).hasSize(before + 1);
        assertThat(client().getBranch(repository, "through-lb").block().commitId()).isEqualTo(head);
    }

    @Test
    void aGatewayTimeoutPageIsRetriedForARead() {
        String repository = newRepository(client());
        this.loadBalancer.upstreamDown(504, 1);
        assertThat(this.client.getRepository(repository).block().id()).isEqualTo(repository);
    }

    @Test
    void aBadGatewayPageAnsweringACommitIsAServerErrorThatIsNotRepeated() {
        String repository = newRepository(client());
        int before = requestsTo("commit").size();
        this.loadBalancer.upstreamDown(502, 1);
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.commit(repository, "main", CommitCreation.of("m")).block())
            .satisfies((ex) -> {
                assertThat(ex.getStatus()).isEqualTo(502);
                assertThat(ex.getServerMessage()).isEqualTo("502 Service Temporarily Unavailable");
            });
        assertThat(requestsTo("commit")).hasSize(before);
    }

    @Test
    void pagesOutlastingTheRetriesEndInTheServerError() {
        String repository = newRepository(client());
        this.loadBalancer.upstreamDown(503, 4);
        assertThatExceptionOfType(LakeFSServerException.class)
            .isThrownBy(() -> this.client.getBranch(repository, "main").block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(503));
        // the load balancer is back: the same client works
        assertThat(this.client.getBranch(repository, "main").block().id()).isEqualTo("main");
    }

}
