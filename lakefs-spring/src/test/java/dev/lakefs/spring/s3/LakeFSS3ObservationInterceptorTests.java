package dev.lakefs.spring.s3;

import java.net.URI;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Repository;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link LakeFSS3ObservationInterceptor} on calls to the embedded gateway: one {@code lakefs.s3} observation per call,
 * with its operation, outcome and status.
 */
class LakeFSS3ObservationInterceptorTests extends AbstractEmbeddedLakeFSTests {

    @Test
    void observesEachCallWithOperationOutcomeAndStatus() {
        Repository repository = newRepository();
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (S3Client s3 = LakeFSS3.addInterceptor(LakeFSS3.clientBuilder(URI.create(server.url()),
                server.accessKeyId(), server.secretAccessKey()), new LakeFSS3ObservationInterceptor(registry))
            .build()) {
            s3.putObject((put) -> put.bucket(repository.id()).key("main/a.txt"), RequestBody.fromString("a"));
            s3.copyObject((copy) -> copy.sourceBucket(repository.id())
                .sourceKey("main/a.txt")
                .destinationBucket(repository.id())
                .destinationKey("main/b.txt"));
            assertThatExceptionOfType(NoSuchKeyException.class)
                .isThrownBy(() -> s3.getObject((get) -> get.bucket(repository.id()).key("main/missing.txt")));
        }

        TestObservationRegistryAssert.assertThat(registry)
            .hasNumberOfObservationsWithNameEqualTo(LakeFSS3ObservationInterceptor.NAME, 3)
            .hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("operation", "PutObject")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("status", "200")
                .hasHighCardinalityKeyValue("repository", repository.id())
                .doesNotHaveError())
            .hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("operation", "CopyObject")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasHighCardinalityKeyValue("repository", repository.id()))
            .hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("operation", "GetObject")
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("status", "404")
                .assertThatError()
                .isInstanceOf(NoSuchKeyException.class));
    }

}
