package dev.lakefs.spring.boot.autoconfigure.health;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.model.Config;
import dev.lakefs.spring.client.model.VersionConfig;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;

/**
 * The check behind both lakeFS health indicators: the server answers {@code GET /healthcheck} (reachability), then
 * {@code GET /config} (which needs valid credentials and tells the version), all within a timeout so that a hung
 * server cannot hang the health endpoint. Details: endpoint, server version, latency; never a credential.
 */
final class LakeFSHealthCheck {

    private final LakeFSClient client;

    private final Duration timeout;

    LakeFSHealthCheck(LakeFSClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    Duration timeout() {
        return this.timeout;
    }

    Mono<Health> check(Health.Builder builder) {
        builder.withDetail("endpoint", this.client.endpoint().toString());
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return this.client.healthCheck()
                .onErrorMap(UnreachableException::new)
                .then(this.client.getConfig())
                .timeout(this.timeout, Mono.error(() -> new TimeoutException(
                        "lakeFS did not answer within " + this.timeout.toMillis() + " ms")))
                .map((config) -> up(builder, config, Duration.ofNanos(System.nanoTime() - start)))
                .onErrorResume((ex) -> Mono.just(down(builder, ex)));
        });
    }

    private static Health up(Health.Builder builder, Config config, Duration latency) {
        VersionConfig version = config.versionConfig();
        if (version != null && version.version() != null) {
            builder.withDetail("version", version.version());
        }
        return builder.up().withDetail("latency", latency.toMillis() + " ms").build();
    }

    private static Health down(Health.Builder builder, Throwable failure) {
        boolean reachable = !(failure instanceof UnreachableException) && !(failure instanceof TimeoutException);
        Throwable cause = (failure instanceof UnreachableException) ? failure.getCause() : failure;
        return builder.down(cause).withDetail("reachable", reachable).build();
    }

    /** Marks a failure of the unauthenticated reachability check. */
    private static final class UnreachableException extends RuntimeException {

        UnreachableException(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }

    }

}
