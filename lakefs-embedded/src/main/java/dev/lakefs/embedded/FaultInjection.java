package dev.lakefs.embedded;

import java.time.Duration;

/**
 * Faults the embedded server injects, switchable at run time.
 * Operation ids are the OpenAPI operationIds of lakeFS's spec (e.g. {@code commit}, {@code uploadObject}).
 */
public interface FaultInjection {
    /** Adds this latency before every request is handled. */
    FaultInjection latency(Duration latency);
    /** Answers this fraction (0..1) of requests with {@code status} (429 carries {@code Retry-After}) before applying them. */
    FaultInjection rejectFraction(double fraction, int status);
    /** The Retry-After sent with injected 429s. */
    FaultInjection retryAfter(Duration retryAfter);
    /** Applies this fraction of requests, then drops the connection mid-response. */
    FaultInjection dropFraction(double fraction);
    /** The next request to {@code operationId} is answered with {@code status} and not applied. */
    FaultInjection failOnce(String operationId, int status);
    /** The next request to {@code operationId} is applied, then its connection is dropped mid-response. */
    FaultInjection dropOnce(String operationId);
    /** Restricts fraction-based faults to these operation ids (none = all operations). */
    FaultInjection onlyOperations(String... operationIds);
    /** Slows imports down: each ingested object takes this long, so an import stays running for a while. */
    FaultInjection importLatency(Duration perObject);
    /** Seeds the random source of fraction-based faults, for reproducible runs. */
    FaultInjection seed(long seed);
    /** Clears every fault. */
    void clear();
}
