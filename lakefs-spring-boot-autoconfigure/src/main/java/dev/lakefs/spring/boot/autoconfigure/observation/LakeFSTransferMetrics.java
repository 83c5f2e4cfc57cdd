package dev.lakefs.spring.boot.autoconfigure.observation;

import dev.lakefs.spring.client.TransferListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.jspecify.annotations.Nullable;

/**
 * Counts the object bytes the lakeFS client sends and receives, as the counters {@code lakefs.bytes.uploaded} and
 * {@code lakefs.bytes.downloaded} (base unit bytes) tagged with {@code repository} ({@code none} for presigned
 * storage URLs outside lakeFS) and {@code operation} (the lakeFS operation id, e.g. {@code uploadObject}).
 */
public class LakeFSTransferMetrics implements TransferListener {

    /** The name of the counter of object bytes sent. */
    public static final String UPLOADED = "lakefs.bytes.uploaded";

    /** The name of the counter of object bytes received. */
    public static final String DOWNLOADED = "lakefs.bytes.downloaded";

    private final Meter.MeterProvider<Counter> uploaded;

    private final Meter.MeterProvider<Counter> downloaded;

    /**
     * Creates the counters in a registry.
     * @param registry the registry
     */
    public LakeFSTransferMetrics(MeterRegistry registry) {
        this.uploaded = Counter.builder(UPLOADED)
            .baseUnit("bytes")
            .description("Object bytes sent to lakeFS or to presigned storage URLs")
            .withRegistry(registry);
        this.downloaded = Counter.builder(DOWNLOADED)
            .baseUnit("bytes")
            .description("Object bytes received from lakeFS or from presigned storage URLs")
            .withRegistry(registry);
    }

    @Override
    public void bytesSent(@Nullable String repository, String operationId, long bytes) {
        this.uploaded.withTags(tags(repository, operationId)).increment(bytes);
    }

    @Override
    public void bytesReceived(@Nullable String repository, String operationId, long bytes) {
        this.downloaded.withTags(tags(repository, operationId)).increment(bytes);
    }

    private static Tags tags(@Nullable String repository, String operationId) {
        return Tags.of("repository", (repository != null) ? repository : "none", "operation", operationId);
    }

}
