package dev.lakefs.spring.client;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;

import reactor.core.publisher.Mono;

/**
 * Records the {@code lakefs.commit} and {@code lakefs.merge} observations around the calls that create commits,
 * with low-cardinality keys {@code repository} and {@code outcome}. The HTTP calls they make are observed inside
 * them (as {@code http.client.requests}) by the {@code WebClient}.
 */
final class LakeFSObservations {

    static final String COMMIT = "lakefs.commit";

    static final String MERGE = "lakefs.merge";

    private final ObservationRegistry registry;

    LakeFSObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    <T> Mono<T> observe(String name, String repository, Mono<T> call) {
        if (this.registry.isNoop()) {
            return call;
        }
        return Mono.defer(() -> {
            Observation observation = Observation.createNotStarted(name, this.registry)
                .lowCardinalityKeyValue("repository", repository)
                .start();
            return call.doOnSuccess((result) -> stop(observation, "SUCCESS"))
                .doOnError((failure) -> {
                    observation.error(failure);
                    stop(observation, outcome(failure));
                })
                .doOnCancel(() -> stop(observation, "CANCELLED"))
                .contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, observation));
        });
    }

    private static void stop(Observation observation, String outcome) {
        observation.lowCardinalityKeyValue("outcome", outcome).stop();
    }

    /** A small, fixed set of outcomes, so that metrics derived from them stay low-cardinality. */
    static String outcome(Throwable failure) {
        if (failure instanceof LakeFSMergeConflictException) {
            return "CONFLICT";
        }
        if (failure instanceof LakeFSTransportException) {
            return "TRANSPORT_ERROR";
        }
        if (failure instanceof LakeFSException lakeFS) {
            return (lakeFS.getStatus() >= 500) ? "SERVER_ERROR" : (lakeFS.getStatus() >= 400) ? "CLIENT_ERROR" : "ERROR";
        }
        return "ERROR";
    }

}
