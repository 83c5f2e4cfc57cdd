package dev.lakefs.spring.boot.autoconfigure.health;

import java.time.Duration;

import dev.lakefs.spring.client.LakeFSClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@link HealthIndicator} for lakeFS: up when the server is reachable and accepts the credentials within the
 * timeout, with the server's version and the latency as details.
 */
public class LakeFSHealthIndicator extends AbstractHealthIndicator {

    private final LakeFSHealthCheck check;

    /**
     * Creates a new indicator.
     * @param client the client to check with
     * @param timeout the time allowed for the check
     */
    public LakeFSHealthIndicator(LakeFSClient client, Duration timeout) {
        super("lakeFS health check failed");
        this.check = new LakeFSHealthCheck(client, timeout);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        // The check has its own timeout and never fails; the margin only guards against a scheduler stall.
        this.check.check(builder).block(this.check.timeout().plusSeconds(1));
    }

}
