package dev.lakefs.spring.s3;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Records one {@code lakefs.s3} observation per call of a lakeFS S3 client (retries included), with the
 * low-cardinality keys {@code operation} (the S3 operation, e.g. {@code PutObject}), {@code outcome}
 * ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code TRANSPORT_ERROR} or {@code ERROR}) and
 * {@code status} (the last HTTP status, or {@code NONE}), and the high-cardinality key {@code repository} (the
 * bucket). With Micrometer's default handlers it becomes the timer {@code lakefs.s3}. Add it to a client with
 * {@link LakeFSS3#addInterceptor}.
 */
public final class LakeFSS3ObservationInterceptor implements ExecutionInterceptor {

    /** The name of the observation. */
    public static final String NAME = "lakefs.s3";

    private static final String NONE = "NONE";

    private static final ExecutionAttribute<Observation> OBSERVATION = new ExecutionAttribute<>(
            "lakefs.s3.observation");

    private final ObservationRegistry registry;

    /**
     * Creates an interceptor recording into {@code registry}.
     * @param registry the observation registry
     */
    public LakeFSS3ObservationInterceptor(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
        if (this.registry.isNoop()) {
            return;
        }
        String operation = executionAttributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        // Copies name their bucket "DestinationBucket".
        String repository = context.request()
            .getValueForField("Bucket", String.class)
            .or(() -> context.request().getValueForField("DestinationBucket", String.class))
            .orElse(NONE);
        Observation observation = Observation.createNotStarted(NAME, this.registry)
            .contextualName("s3 " + ((operation != null) ? operation : "unknown"))
            .lowCardinalityKeyValue("operation", (operation != null) ? operation : "unknown")
            .highCardinalityKeyValue("repository", repository)
            .start();
        executionAttributes.putAttribute(OBSERVATION, observation);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
        Observation observation = executionAttributes.getAttribute(OBSERVATION);
        if (observation != null) {
            stop(observation, "SUCCESS", String.valueOf(context.httpResponse().statusCode()));
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes executionAttributes) {
        Observation observation = executionAttributes.getAttribute(OBSERVATION);
        if (observation == null) {
            return;
        }
        Throwable failure = context.exception();
        String status = context.httpResponse().map(SdkHttpResponse::statusCode).map(String::valueOf).orElse(NONE);
        observation.error(failure);
        stop(observation, outcome(failure), status);
    }

    private static void stop(Observation observation, String outcome, String status) {
        observation.lowCardinalityKeyValue("outcome", outcome).lowCardinalityKeyValue("status", status).stop();
    }

    /** A small, fixed set of outcomes, so that metrics derived from them stay low-cardinality. */
    static String outcome(Throwable failure) {
        if (failure instanceof SdkServiceException service) {
            return (service.statusCode() >= 500) ? "SERVER_ERROR" : (service.statusCode() >= 400) ? "CLIENT_ERROR"
                    : "ERROR";
        }
        if (failure instanceof SdkClientException) {
            return "TRANSPORT_ERROR";
        }
        return "ERROR";
    }

}
