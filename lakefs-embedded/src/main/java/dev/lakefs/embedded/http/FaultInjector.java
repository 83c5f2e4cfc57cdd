package dev.lakefs.embedded.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.lakefs.embedded.FaultInjection;

/**
 * The run-time switchable faults, decided once per request before it is handled. Synchronized: tests flip faults
 * from their own thread while server threads read them, and decisions must follow the seeded random sequence.
 */
public final class FaultInjector implements FaultInjection {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private Duration latency = Duration.ZERO;

    private double rejectFraction;

    private int rejectStatus = 503;

    private Duration retryAfter = DEFAULT_RETRY_AFTER;

    private double dropFraction;

    private Duration importLatency = Duration.ZERO;

    private Set<String> onlyOperations = Set.of();

    private Random random = new Random();

    private final Map<String, Deque<Integer>> failOnce = new HashMap<>();

    private final Map<String, Integer> dropOnce = new HashMap<>();

    @Override
    public synchronized FaultInjection latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    @Override
    public synchronized FaultInjection rejectFraction(double fraction, int status) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within [0, 1]: " + fraction);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an error status: " + status);
        }
        this.rejectFraction = fraction;
        this.rejectStatus = status;
        return this;
    }

    @Override
    public synchronized FaultInjection retryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
        return this;
    }

    @Override
    public synchronized FaultInjection dropFraction(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within [0, 1]: " + fraction);
        }
        this.dropFraction = fraction;
        return this;
    }

    @Override
    public synchronized FaultInjection failOnce(String operationId, int status) {
        this.failOnce.computeIfAbsent(operationId, (key) -> new ArrayDeque<>()).add(status);
        return this;
    }

    @Override
    public synchronized FaultInjection dropOnce(String operationId) {
        this.dropOnce.merge(operationId, 1, Integer::sum);
        return this;
    }

    @Override
    public synchronized FaultInjection onlyOperations(String... operationIds) {
        this.onlyOperations = Set.of(operationIds);
        return this;
    }

    @Override
    public synchronized FaultInjection importLatency(Duration perObject) {
        this.importLatency = perObject;
        return this;
    }

    /** The delay of each object an import ingests. */
    public synchronized Duration importLatency() {
        return this.importLatency;
    }

    @Override
    public synchronized FaultInjection seed(long seed) {
        this.random = new Random(seed);
        return this;
    }

    @Override
    public synchronized void clear() {
        this.latency = Duration.ZERO;
        this.rejectFraction = 0;
        this.rejectStatus = 503;
        this.retryAfter = DEFAULT_RETRY_AFTER;
        this.dropFraction = 0;
        this.importLatency = Duration.ZERO;
        this.onlyOperations = Set.of();
        this.failOnce.clear();
        this.dropOnce.clear();
    }

    /** Decides the faults of one request to an operation (null for requests outside the API). */
    synchronized Decision decide(String operationId) {
        int reject = 0;
        Deque<Integer> failures = this.failOnce.get(operationId);
        if (failures != null && !failures.isEmpty()) {
            reject = failures.poll();
        }
        boolean drop = false;
        Integer drops = this.dropOnce.get(operationId);
        if (reject == 0 && drops != null && drops > 0) {
            this.dropOnce.put(operationId, drops - 1);
            drop = true;
        }
        boolean eligible = this.onlyOperations.isEmpty() || this.onlyOperations.contains(operationId);
        if (eligible && reject == 0 && this.rejectFraction > 0 && this.random.nextDouble() < this.rejectFraction) {
            reject = this.rejectStatus;
        }
        if (eligible && reject == 0 && !drop && this.dropFraction > 0
                && this.random.nextDouble() < this.dropFraction) {
            drop = true;
        }
        Duration delay = eligible ? this.latency : Duration.ZERO;
        return new Decision(delay, reject, (reject == 429) ? this.retryAfter : Duration.ZERO, drop);
    }

    /**
     * The faults of one request.
     *
     * @param latency delay before handling
     * @param rejectStatus the status to answer instead of handling, 0 for none
     * @param retryAfter the Retry-After of a rejection, zero for none
     * @param drop whether to handle the request and then drop the connection mid-response
     */
    record Decision(Duration latency, int rejectStatus, Duration retryAfter, boolean drop) {
    }
}
