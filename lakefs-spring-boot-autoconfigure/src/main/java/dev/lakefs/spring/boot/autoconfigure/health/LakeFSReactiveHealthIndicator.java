package dev.lakefs.spring.boot.autoconfigure.health;

import java.time.Duration;

import dev.lakefs.spring.client.LakeFSClient;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * {@link ReactiveHealthIndicator} for lakeFS, for WebFlux applications: the same check as
 * {@link LakeFSHealthIndicator}, without blocking a thread.
 */
public class LakeFSReactiveHealthIndicator extends AbstractReactiveHealthIndicator {

    private final LakeFSHealthCheck check;

    /**
     * Creates a new indicator.
     * @param client the client to check with
     * @param timeout the time allowed for the check
     */
    public LakeFSReactiveHealthIndicator(LakeFSClient client, Duration timeout) {
        super("lakeFS health check failed");
        this.check = new LakeFSHealthCheck(client, timeout);
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return this.check.check(builder);
    }

}
