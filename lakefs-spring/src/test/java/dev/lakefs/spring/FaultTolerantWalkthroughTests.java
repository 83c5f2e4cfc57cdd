package dev.lakefs.spring;

import java.time.Duration;
import java.util.Map;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.LakeFSTransportException;
import dev.lakefs.spring.client.RetrySettings;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.Diff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The walkthrough's steps still complete when the server rejects a third of the requests with 503 or 429, and a
 * commit whose answer is lost is not repeated behind the caller's back.
 */
class FaultTolerantWalkthroughTests {

    private EmbeddedLakeFS server;

    private LakeFS lakeFS;

    @BeforeEach
    void startServer() {
        this.server = EmbeddedLakeFS.builder().build().start();
        LakeFSClient client = LakeFSClient.builder()
            .endpoint(this.server.endpoint())
            .credentials(this.server.accessKeyId(), this.server.secretAccessKey())
            .retry(new RetrySettings(8, Duration.ofMillis(5), 2.0, Duration.ofMillis(50), Duration.ofMillis(5)))
            .build();
        this.lakeFS = LakeFS.of(client);
    }

    @AfterEach
    void stopServer() {
        this.server.stop();
    }

    @Test
    void completesUnderBurstsOf503() {
        this.server.faults().seed(7).rejectFraction(0.3, 503);
        runWalkthrough();
        assertThat(this.server.recordedRequests()).extracting(RecordedRequest::status).contains(503);
    }

    @Test
    void completesUnderBurstsOf429HonouringRetryAfter() {
        this.server.faults().seed(11).rejectFraction(0.3, 429).retryAfter(Duration.ofMillis(10));
        runWalkthrough();
        assertThat(this.server.recordedRequests()).extracting(RecordedRequest::status).contains(429);
    }

    @Test
    void aCommitWhoseAnswerIsLostIsNotRepeated() {
        Branch main = this.lakeFS.repository("example-repo").create("mem://bucket/example-repo").branch("main");
        main.object("a.txt").upload("data");
        this.server.faults().dropOnce("commit");

        assertThatExceptionOfType(LakeFSTransportException.class).isThrownBy(() -> main.commit("only once"));

        // the server applied it once; the client did not send it again
        assertThat(main.log()).extracting(Commit::message).containsExactly("only once", "Repository created");
        assertThat(this.server.recordedRequests()).filteredOn((r) -> "commit".equals(r.operationId())).hasSize(1);
    }

    private void runWalkthrough() {
        Repository repo = this.lakeFS.repository("example-repo").create("mem://bucket/example-repo");
        Branch exp = repo.branch("experiment1").create("main");
        exp.object("text/sample_data.txt").upload("This is my object data", MediaType.TEXT_PLAIN);
        exp.object("csv/sample_data.csv").write(MediaType.parseMediaType("text/csv"),
                (out) -> out.asWriter().append("ID,Name,Email\n1,Alice,\n").flush());
        assertThat(exp.uncommitted()).hasSize(2);
        Commit commit = exp.commit("Add some data!", Map.of("using", "java"));
        assertThat(repo.branch("main").diff(exp)).extracting(Diff::path)
            .containsExactly("csv/sample_data.csv", "text/sample_data.txt");
        exp.mergeInto(repo.branch("main"));

        Branch main = repo.branch("main");
        assertThat(main.object("text/sample_data.txt").readString()).isEqualTo("This is my object data");
        assertThat(main.log()).extracting(Commit::message)
            .containsExactly("Merge 'experiment1' into 'main'", "Add some data!", "Repository created");
        assertThat(main.getCommit().parents()).contains(commit.id());
    }
}
