package dev.lakefs.spring.client;

import java.time.Duration;

import org.springframework.core.retry.RetryPolicy;

/**
 * How the client retries transient failures: connect errors, 429 (waiting at least its {@code Retry-After}),
 * 502/503/504 and 500 "branch is currently locked". Modelled on Spring Framework 7's
 * {@code org.springframework.core.retry.RetryPolicy}: {@code maxRetries} retries after the first attempt, the
 * n-th waiting {@code delay * multiplier^(n-1)}, randomly moved by up to {@code jitter} (scaled like the
 * delay) either way, and never less than {@code delay} nor more than {@code maxDelay}. A {@code Retry-After}
 * longer than the computed delay is waited instead, up to {@code maxDelay}.
 * <p>
 * Which failures are retried for which operations is fixed by the client (see {@code docs/client.md}): an
 * operation that is not idempotent is repeated only when the server certainly did not apply it.
 *
 * @param maxRetries how many times to retry after the first attempt; 0 disables retries
 * @param delay the delay before the first retry
 * @param multiplier the factor applied to the delay for each further retry (1 for a fixed delay)
 * @param maxDelay the longest delay between two attempts
 * @param jitter the largest random deviation from the delay before the first retry
 */
public record RetrySettings(int maxRetries, Duration delay, double multiplier, Duration maxDelay, Duration jitter) {

    private static final RetrySettings DEFAULTS = new RetrySettings(5, Duration.ofMillis(100), 2.0, Duration.ofSeconds(5),
            Duration.ofMillis(50));

    private static final RetrySettings NO_RETRIES = new RetrySettings(0, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO);

    public RetrySettings {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, but was " + maxRetries);
        }
        requireNotNegative("delay", delay);
        requireNotNegative("maxDelay", maxDelay);
        requireNotNegative("jitter", jitter);
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1, but was " + multiplier);
        }
        if (maxDelay.compareTo(delay) < 0) {
            throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must not be shorter than delay (" + delay + ")");
        }
    }

    /**
     * Five retries, 100 ms apart at first, doubling up to 5 s, with 50 ms of jitter.
     * @return the settings
     */
    public static RetrySettings defaults() {
        return DEFAULTS;
    }

    /**
     * No retries: every failure surfaces at once.
     * @return the settings
     */
    public static RetrySettings none() {
        return NO_RETRIES;
    }

    /**
     * These settings with another number of retries.
     * @param maxRetries how many times to retry after the first attempt
     * @return new settings
     */
    public RetrySettings withMaxRetries(int maxRetries) {
        return new RetrySettings(maxRetries, this.delay, this.multiplier, this.maxDelay, this.jitter);
    }

    /**
     * These settings with a fixed delay and no jitter.
     * @param delay the delay between attempts
     * @return new settings
     */
    public RetrySettings withFixedDelay(Duration delay) {
        return new RetrySettings(this.maxRetries, delay, 1.0, delay, Duration.ZERO);
    }

    /**
     * A Spring Framework {@link RetryPolicy} with these settings, for retrying work built on the client (e.g. with a
     * {@code RetryTemplate}): it retries the lakeFS failures the client itself would retry for an operation that is
     * not idempotent, i.e. those after which the request was certainly not applied.
     * @return the retry policy
     */
    public RetryPolicy toRetryPolicy() {
        RetryPolicy.Builder builder = RetryPolicy.builder()
            .maxRetries(this.maxRetries)
            .delay(this.delay)
            .predicate((failure) -> TransientFailureRetry.isRetryable(failure, false));
        if (!this.maxDelay.isZero()) {
            // the framework insists on a positive maximum; a zero one means "no waiting", i.e. the delay alone
            builder.multiplier(this.multiplier).maxDelay(this.maxDelay).jitter(this.jitter);
        }
        return builder.build();
    }

    private static void requireNotNegative(String name, Duration duration) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be null or negative, but was " + duration);
        }
    }

}
