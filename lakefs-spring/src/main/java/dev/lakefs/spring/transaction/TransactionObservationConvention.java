package dev.lakefs.spring.transaction;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** Names and tags the {@code lakefs.transaction} observation; implement it to customise them. */
public interface TransactionObservationConvention extends ObservationConvention<TransactionObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof TransactionObservationContext;
    }
}
