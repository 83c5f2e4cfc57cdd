package dev.lakefs.spring.sample.testing;

import java.util.Map;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.embedded.junit.TestRepository;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.model.Commit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testing code that uses lakeFS without Spring: the JUnit extension starts one embedded server for the class and
 * creates a fresh repository per test. Shown in docs/testing.md.
 */
@EmbeddedLakeFSTest
class PlainJUnitExampleTests {

    private LakeFS lakeFS;

    @BeforeEach
    void connect(EmbeddedLakeFS server) {
        this.lakeFS = LakeFS.of(LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .build());
    }

    @Test
    void commitsWhatItUploads(@TestRepository String repository) {
        Branch main = this.lakeFS.repository(repository).branch("main");

        main.object("reports/today.txt").upload("all good");
        Commit commit = main.commit("Daily report", Map.of("job", "reporting"));

        assertThat(commit.metadata()).containsEntry("job", "reporting");
        assertThat(main.object("reports/today.txt").readString()).isEqualTo("all good");
    }

    @Test
    void survivesAServerThatIsBusyOnce(EmbeddedLakeFS server, @TestRepository String repository) {
        Branch main = this.lakeFS.repository(repository).branch("main");
        main.object("a.txt").upload("a");
        server.faults().failOnce("commit", 503);

        Commit commit = main.commit("retried");

        assertThat(commit.message()).isEqualTo("retried");
        assertThat(server.recordedRequests()).filteredOn((request) -> "commit".equals(request.operationId()))
            .extracting(RecordedRequest::status)
            .containsExactly(503, 201);
    }

}
