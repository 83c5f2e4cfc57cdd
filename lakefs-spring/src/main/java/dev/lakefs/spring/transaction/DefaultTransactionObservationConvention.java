package dev.lakefs.spring.transaction;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default {@code lakefs.transaction} convention: low-cardinality {@code repository} and {@code outcome}
 * ({@code committed}, {@code rolled_back}, {@code conflict}, {@code failed}, {@code empty}); high-cardinality
 * {@code branch} and {@code transaction.id}.
 */
public class DefaultTransactionObservationConvention implements TransactionObservationConvention {

    /** The observation name. */
    public static final String NAME = "lakefs.transaction";

    private static final String UNKNOWN = "unknown";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(TransactionObservationContext context) {
        return "lakefs transaction " + context.getRepository();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(TransactionObservationContext context) {
        TransactionOutcome outcome = context.getOutcome();
        return KeyValues.of(KeyValue.of("repository", context.getRepository()),
                KeyValue.of("outcome", (outcome != null) ? outcome.tagValue() : UNKNOWN));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(TransactionObservationContext context) {
        String transactionId = context.getTransactionId();
        return KeyValues.of(KeyValue.of("branch", context.getSourceBranch()),
                KeyValue.of("transaction.id", (transactionId != null) ? transactionId : UNKNOWN));
    }
}
