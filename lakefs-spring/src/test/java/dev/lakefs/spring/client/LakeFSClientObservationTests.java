package dev.lakefs.spring.client;

import java.util.Map;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.Merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LakeFSClientObservationTests extends EmbeddedServerSupport {

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final LakeFSClient client = clientBuilder().observationRegistry(this.registry).build();

    @Test
    void commitsAreObservedWithRepositoryAndOutcome() {
        String repository = newRepository(this.client);
        this.client.uploadObject(repository, "main", "x", ObjectUpload.of("x".getBytes())).block();
        this.client.commit(repository, "main", CommitCreation.of("observed", Map.of())).block();
        TestObservationRegistryAssert.assertThat(this.registry)
            .hasObservationWithNameEqualTo("lakefs.commit")
            .that()
            .hasLowCardinalityKeyValue("repository", repository)
            .hasLowCardinalityKeyValue("outcome", "SUCCESS")
            .hasBeenStopped();
    }

    @Test
    void mergeConflictsAreObservedAsConflicts() {
        String repository = newRepository(this.client);
        this.client.createBranch(repository, BranchCreation.of("work", "main")).block();
        this.client.uploadObject(repository, "work", "same", ObjectUpload.of("w".getBytes())).block();
        this.client.commit(repository, "work", CommitCreation.of("w")).block();
        this.client.uploadObject(repository, "main", "same", ObjectUpload.of("m".getBytes())).block();
        this.client.commit(repository, "main", CommitCreation.of("m")).block();
        assertThatExceptionOfType(LakeFSMergeConflictException.class)
            .isThrownBy(() -> this.client.mergeIntoBranch(repository, "work", "main", Merge.defaults()).block());
        TestObservationRegistryAssert.assertThat(this.registry)
            .hasObservationWithNameEqualTo("lakefs.merge")
            .that()
            .hasLowCardinalityKeyValue("repository", repository)
            .hasLowCardinalityKeyValue("outcome", "CONFLICT")
            .hasBeenStopped();
    }

    @Test
    void httpCallsAreObservedWithUriTemplates() {
        String repository = newRepository(this.client);
        this.client.getBranch(repository, "main").block();
        // the endpoint's path is part of the template, never the repository's or branch's name
        TestObservationRegistryAssert.assertThat(this.registry)
            .hasAnObservation((observation) -> observation.hasNameEqualTo("http.client.requests")
                .hasLowCardinalityKeyValue("uri", "/api/v1/repositories/{repository}/branches/{branch}"))
            .hasHandledContextsThatSatisfy((contexts) -> assertThat(contexts).allSatisfy((context) -> assertThat(
                    context.getLowCardinalityKeyValues().stream().map(KeyValue::getValue))
                .noneMatch((value) -> value.contains(repository))));
    }

}
