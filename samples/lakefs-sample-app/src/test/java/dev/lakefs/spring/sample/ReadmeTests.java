package dev.lakefs.spring.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.ImportStatus;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "tour of the API", compiled and run against the embedded server (with {@code mem://} URIs where the
 * README, like lakeFS's Python guide, shows {@code s3://} ones). {@link DocumentationSnippetsTests} checks that the
 * README shows exactly this code.
 */
@EmbeddedLakeFSTest
class ReadmeTests {

    @Test
    void tour(EmbeddedLakeFS server) throws IOException {
        LakeFS lakeFS = LakeFS.of(LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .build());
        server.storage().put("mem://example-bucket1/path1/a.csv", "a".getBytes(StandardCharsets.UTF_8));
        server.storage().put("mem://example-bucket1/path2/imported_obj", "b".getBytes(StandardCharsets.UTF_8));
        server.storage().put("mem://example-bucket1/path3/gone.txt", "c".getBytes(StandardCharsets.UTF_8));

        // README.md: a tour of the API
        Repository repo = lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo");
        for (Repository repository : lakeFS.repositories()) {
            System.out.println(repository);
        }

        Branch experiment1 = repo.branch("experiment1").create("main");
        System.out.println("experiment1 ref: " + experiment1.getCommit().id());
        for (Branch branch : repo.branches()) {
            System.out.println(branch.id());
        }

        experiment1.object("text/sample_data.txt").upload("This is my object data", MediaType.TEXT_PLAIN);
        String text = experiment1.object("text/sample_data.txt").readString();

        experiment1.object("csv/sample_data.csv").write(MediaType.parseMediaType("text/csv"), (out) -> {
            Writer csv = out.asWriter();
            csv.write("ID,Name,Email\n");
            csv.write("1,Alice,\n");
        }); // uploaded when the callback returns; nothing is uploaded if it throws

        experiment1.object("raw/").upload("Hello Object World".getBytes(StandardCharsets.UTF_8));

        experiment1.uncommitted().forEach(System.out::println); // lazy, paginated
        Commit commit = experiment1.commit("Add some data!", Map.of("using", "java"));

        Branch main = repo.branch("main");
        main.diff(experiment1).forEach(System.out::println);
        String mergeCommitId = experiment1.mergeInto(main);

        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(main.object("csv/sample_data.csv").reader(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(System.out::println); // streamed, never whole in memory
        }

        Branch experiment3 = repo.branch("experiment3").create("main");
        ImportStatus status = experiment3.importData("added public S3 data")
            .prefix("mem://example-bucket1/path1/", "datasets/path1/")
            .object("mem://example-bucket1/path2/imported_obj", "datasets/path2/imported_obj")
            .prefix("mem://example-bucket1/path3/", "prefix_to_delete/")
            .run((progress) -> System.out.println(progress.ingestedObjects() + " objects so far"));

        experiment3.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("my transaction"), (tx) -> {
            for (ObjectStats object : tx.branch().objects(ListOptions.prefixed("prefix_to_delete/"))) {
                tx.object(object.path()).delete();
            }
            tx.object("new_object").upload("new object data");
        });

        assertThat(text).isEqualTo("This is my object data");
        assertThat(commit.metadata()).containsEntry("using", "java");
        assertThat(main.getCommit().id()).isEqualTo(mergeCommitId);
        assertThat(main.object("csv/sample_data.csv").readString()).isEqualTo("ID,Name,Email\n1,Alice,\n");
        assertThat(status.ingestedObjects()).isEqualTo(3);
        assertThat(experiment3.objects().stream().map(ObjectStats::path)).containsExactly("csv/sample_data.csv",
                "datasets/path1/a.csv", "datasets/path2/imported_obj", "new_object", "raw/", "text/sample_data.txt");
    }

}
