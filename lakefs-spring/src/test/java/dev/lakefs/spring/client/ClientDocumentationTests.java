package dev.lakefs.spring.client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.buffer.DataBufferUtils;

import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.Merge;
import dev.lakefs.spring.client.model.MergeResult;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.RepositoryCreation;
import dev.lakefs.spring.client.model.RepositoryProperties;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of {@code docs/client.md}, run against the embedded server so that the page stays true.
 */
class ClientDocumentationTests extends EmbeddedServerSupport {

    @TempDir
    Path directory;

    @Test
    void creatingAClientSendsNoRequest() {
        int requestsBefore = server.recordedRequests().size();

        // docs/client.md: creating a client
        LakeFSClient client = LakeFSClient.builder()
            .endpoint("localhost:8000")                          // -> http://localhost:8000/api/v1
            .credentials("AKIAIOSFOLQUICKSTART", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(30))
            .retry(RetrySettings.defaults())
            .build();
        // end of snippet

        assertThat(client.endpoint()).hasToString("http://localhost:8000/api/v1");
        assertThat(server.recordedRequests()).hasSize(requestsBefore);
    }

    @Test
    void callingLakeFS() {
        LakeFSClient client = client();

        // docs/client.md: calling lakeFS
        RepositoryProperties repo = client
            .createRepository(RepositoryCreation.of("example-repo", "mem://bucket/repos/example-repo"))
            .block();
        String head = client.createBranch("example-repo", BranchCreation.of("experiment1", "main")).block();

        ObjectStats stats = client.uploadObject("example-repo", "experiment1", "text/sample_data.txt",
                ObjectUpload.of("This is my object data".getBytes(StandardCharsets.UTF_8))
                    .withContentType("text/plain")
                    .withMetadata(Map.of("owner", "data-team")))
            .block();

        Commit commit = client.commit("example-repo", "experiment1",
                CommitCreation.of("Add some data!", Map.of("using", "java"))).block();

        MergeResult merged = client.mergeIntoBranch("example-repo", "experiment1", "main", Merge.defaults()).block();
        // end of snippet

        assertThat(repo.defaultBranch()).isEqualTo("main");
        assertThat(commit.parents()).containsExactly(head);
        assertThat(stats.sizeBytes()).isEqualTo(22L);
        assertThat(stats.metadata()).containsEntry("owner", "data-team");
        assertThat(client.getCommit("example-repo", "main").block().id()).isEqualTo(merged.reference());
    }

    @Test
    void objectsStreamAndListingsAreLazy() throws Exception {
        LakeFSClient client = client();
        String repo = newRepository(client);
        Path localParquetFile = Files.write(this.directory.resolve("big.parquet"), new byte[4096]);
        Path localHeadFile = this.directory.resolve("head.bin");

        // docs/client.md: objects stream
        // upload: byte[], a file (read in 64 KiB chunks), or any Publisher<DataBuffer>
        client.uploadObject(repo, "main", "big.parquet", ObjectUpload.of(localParquetFile)).block();

        // download: a handler gets the headers, then (if it wants) the body as a stream of buffers
        Long size = client.getObject(repo, "main", "big.parquet", GetObjectOptions.range(ByteRange.of(0, 1023)),
                (content) -> DataBufferUtils.write(content.body(), localHeadFile)   // localHeadFile: a Path
                    .thenReturn(content.headers().totalSize()))
            .single().block();
        // end of snippet

        client.uploadObject(repo, "main", "csv/a.csv", ObjectUpload.of("a".getBytes())).block();
        client.uploadObject(repo, "main", "csv/nested/b.csv", ObjectUpload.of("b".getBytes())).block();
        client.commit(repo, "main", CommitCreation.of("data")).block();
        int requestsBefore = server.recordedRequests().size();

        // docs/client.md: listings are lazy
        Flux<ObjectStats> csvFiles = client.listObjects(repo, "main",
                ListOptions.prefixed("csv/").withDelimiter("/").withPageSize(500).withMax(10_000));
        Flux<Commit> lastTen = client.logCommits(repo, "main", LogOptions.defaults().withMax(10));
        // end of snippet

        assertThat(server.recordedRequests()).as("nothing is sent before subscribing").hasSize(requestsBefore);
        assertThat(csvFiles.map(ObjectStats::path).collectList().block()).containsExactly("csv/a.csv", "csv/nested/");
        assertThat(lastTen.map(Commit::message).collectList().block()).containsExactly("data", "Repository created");
        assertThat(size).isEqualTo(4096);
        assertThat(Files.size(localHeadFile)).isEqualTo(1024);
    }

}
