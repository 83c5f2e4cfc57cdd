package dev.lakefs.spring.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import javax.net.ssl.SSLException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/**
 * Retries a lakeFS call after transient failures, as {@link RetrySettings} say, and only when repeating it is
 * safe:
 * <ul>
 * <li>the server certainly did not apply the request: no connection could be made, 429, 503, or 500 "branch is
 * currently locked" (the lock was not obtained); any operation is retried;</li>
 * <li>the outcome is unknown: the connection broke or timed out after the request was sent, or a gateway
 * answered 502 or 504; only idempotent operations are retried.</li>
 * </ul>
 * A request whose body cannot be produced again (a one-shot stream) is never retried.
 * <p>
 * The retry loop is an error handler, not Reactor's {@code retryWhen}: a call that succeeds (nearly all of them)
 * then pays for one operator instead of a companion sink and its subscriptions, set up on every call whether it
 * fails or not.
 */
final class TransientFailureRetry {

    private static final Log logger = LogFactory.getLog(TransientFailureRetry.class);

    private final RetrySettings settings;

    private final boolean idempotent;

    private final boolean repeatableBody;

    TransientFailureRetry(RetrySettings settings, boolean idempotent, boolean repeatableBody) {
        this.settings = settings;
        this.idempotent = idempotent;
        this.repeatableBody = repeatableBody;
    }

    /**
     * The answer of {@code attempt}, subscribed to again (after a delay) on each retryable failure.
     * @param attempt the call, made anew on each subscription (e.g. a {@link Mono#defer deferred} one)
     * @param toFailure maps a raw failure to what callers see (e.g. I/O errors to {@link LakeFSTransportException})
     */
    <T> Mono<T> retrying(Mono<T> attempt, Function<Throwable, Throwable> toFailure) {
        return attempt(attempt, toFailure, 0);
    }

    private <T> Mono<T> attempt(Mono<T> attempt, Function<Throwable, Throwable> toFailure, long retries) {
        return attempt.onErrorResume((raw) -> {
            Throwable failure = toFailure.apply(raw);
            if (!this.repeatableBody || retries >= this.settings.maxRetries()
                    || !isRetryable(failure, this.idempotent)) {
                // the original failure, not a retries-exhausted wrapper: callers see the typed lakeFS exception
                return Mono.error(failure);
            }
            Duration delay = delayBefore(retries, retryAfter(failure));
            if (logger.isDebugEnabled()) {
                logger.debug("Retrying after " + failure.getMessage() + " in " + delay.toMillis() + " ms (retry "
                        + (retries + 1) + " of " + this.settings.maxRetries() + ")");
            }
            return Mono.delay(delay).then(attempt(attempt, toFailure, retries + 1));
        });
    }

    static boolean isRetryable(Throwable failure, boolean idempotent) {
        if (failure instanceof LakeFSTransportException transport) {
            // a certificate the client does not trust stays untrusted
            return !hasCause(transport, SSLException.class) && (!transport.isRequestSent() || idempotent);
        }
        if (failure instanceof LakeFSTooManyRequestsException) {
            return true;
        }
        if (failure instanceof LakeFSServerException server) {
            return switch (server.getStatus()) {
                case 503 -> true;
                case 502, 504 -> idempotent;
                case 500 -> ResponseErrors.isBranchLocked(server);
                default -> false;
            };
        }
        return false;
    }

    /**
     * The wait before retry number {@code retry} (0-based): exponential, jittered, within [delay, maxDelay], and
     * at least the server's {@code Retry-After} (still within maxDelay).
     */
    Duration delayBefore(long retry, @Nullable Duration retryAfter) {
        double scale = Math.pow(this.settings.multiplier(), retry);
        long min = this.settings.delay().toMillis();
        long max = this.settings.maxDelay().toMillis();
        double base = Math.min(max, min * scale);
        double jitter = Math.min(max, this.settings.jitter().toMillis() * scale);
        double jittered = (jitter > 0) ? base + ThreadLocalRandom.current().nextDouble(-jitter, jitter) : base;
        long delay = Math.max(min, Math.min(max, Math.round(jittered)));
        if (retryAfter != null && retryAfter.toMillis() > delay) {
            delay = Math.min(max, retryAfter.toMillis());
        }
        return Duration.ofMillis(delay);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Duration retryAfter(Throwable failure) {
        if (failure instanceof LakeFSTooManyRequestsException tooMany) {
            return tooMany.getRetryAfter();
        }
        if (failure instanceof LakeFSServerException server) {
            return server.getRetryAfter();
        }
        return null;
    }

}
