package dev.lakefs.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.lakefs.spring.client.LakeFSBadRequestException;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.ImportStatus;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.RepositoryProperties;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The snippets of {@code docs/high-level-api.md}, run against the embedded server with {@code mem://} namespaces
 * where the page shows {@code s3://} ones. Each snippet region is marked with the section it comes from.
 */
class HighLevelApiDocumentationTests extends AbstractEmbeddedLakeFSTests {

    @BeforeEach
    void emptyServer() {
        server.reset();
        server.storage().put("mem://example-bucket1/path1/a.csv", "a".getBytes(StandardCharsets.UTF_8));
        server.storage().put("mem://example-bucket1/path1/b.csv", "b".getBytes(StandardCharsets.UTF_8));
        server.storage().put("mem://example-bucket1/path2/imported_obj", "c".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pythonWalkthrough() throws IOException {
        // docs/high-level-api.md: the Python walkthrough, in Java
        Repository repo = lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo");
        lakeFS.repositories().forEach(System.out::println);

        Branch branch1 = repo.branch("experiment1").create("main");
        System.out.println("experiment1 ref: " + branch1.getCommit().id());
        repo.branches().forEach((branch) -> System.out.println(branch.id()));

        ObjectStats stats = branch1.object("text/sample_data.txt").upload("This is my object data", MediaType.TEXT_PLAIN);
        System.out.println(branch1.object("text/sample_data.txt").readString());

        branch1.object("csv/sample_data.csv").write(
                WriteOptions.of(MediaType.parseMediaType("text/csv")).withPreSign(true),
                (out) -> out.asWriter().write("ID,Name,Email\n1,Alice,\n2,Bob,\n3,Carol,\n")); // uploaded when it returns
        branch1.object("raw/").upload("Hello Object World".getBytes(StandardCharsets.UTF_8),
                WriteOptions.defaults().withPreSign(true));

        branch1.uncommitted().forEach(System.out::println);
        Commit ref = branch1.commit("Add some data!", Map.of("using", "java"));

        Branch main = repo.branch("main");
        main.diff(branch1).forEach(System.out::println);
        String mergeCommitId = branch1.mergeInto(main);

        try (BufferedReader csv = main.object("csv/sample_data.csv").textReader()) {
            csv.lines().forEach(System.out::println);
        }

        ImportStatus status = repo.branch("experiment3").create("main")
            .importData("added public S3 data")
            .prefix("mem://example-bucket1/path1/", "datasets/path1/")
            .object("mem://example-bucket1/path2/imported_obj", "datasets/path2/imported_obj")
            .run();
        System.out.println("imported a total of " + status.ingestedObjects() + " objects!");

        repo.branch("experiment3").transactWithoutResult(TransactionOptions.defaults().withCommitMessage("my transaction"),
                (tx) -> tx.object("new_object").upload("new object data"));
        // end of snippet

        assertThat(stats.sizeBytes()).isEqualTo("This is my object data".length());
        assertThat(ref.metadata()).containsEntry("using", "java");
        assertThat(main.getCommit().id()).isEqualTo(mergeCommitId);
        assertThat(main.object("csv/sample_data.csv").readString()).isEqualTo("ID,Name,Email\n1,Alice,\n2,Bob,\n3,Carol,\n");
        assertThat(status.completed()).isTrue();
        assertThat(status.ingestedObjects()).isEqualTo(3);
        assertThat(repo.branch("experiment3").objects().stream().map(ObjectStats::path)).containsExactly(
                "csv/sample_data.csv", "datasets/path1/a.csv", "datasets/path1/b.csv", "datasets/path2/imported_obj",
                "new_object", "raw/", "text/sample_data.txt");
    }

    @Test
    void gettingALakeFSSendsNoRequest() {
        int requestsBefore = server.recordedRequests().size();

        // docs/high-level-api.md: getting a LakeFS
        LakeFSClient client = LakeFSClient.builder()
            .endpoint("localhost:8000")
            .credentials("AKIAIOSFOLQUICKSTART", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            .build();
        LakeFS lakeFS = LakeFS.of(client);
        // end of snippet

        assertThat(client.endpoint()).hasToString("http://localhost:8000/api/v1");
        assertThat(lakeFS.repository("example-repo").branch("main").id()).isEqualTo("main");
        assertThat(server.recordedRequests()).hasSize(requestsBefore);
    }

    @Test
    void repositories() {
        // docs/high-level-api.md: repositories
        Repository repo = lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo");

        // exist-ok (the Python SDK's exist_ok=True): an existing repository is used as it is
        Repository same = lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo",
                CreateRepositoryOptions.defaults().withExistOk(true));

        RepositoryProperties properties = repo.properties();   // read once, then kept
        Map<String, String> metadata = repo.metadata();        // e.g. .lakefs.last.import.timestamp
        for (Repository each : lakeFS.repositories()) {
            System.out.println(each);
        }
        repo.delete();
        // end of snippet

        assertThat(properties.storageNamespace()).isEqualTo("mem://storage-bucket/repos/example-repo");
        assertThat(properties.defaultBranch()).isEqualTo("main");
        assertThat(same.id()).isEqualTo("example-repo");
        assertThat(metadata).isEmpty();
        assertThat(repo.exists()).isFalse();
    }

    @Test
    void branchesAndTags() {
        Repository repo = newRepository();

        // docs/high-level-api.md: branches and tags
        Branch exp = repo.branch("experiment1").create("main");
        Branch again = repo.branch("experiment1").create("main", CreateBranchOptions.defaults().withExistOk(true));
        Branch hidden = repo.branch("scratch").create("main", CreateBranchOptions.defaults().withHidden(true));

        Commit head = exp.getCommit();          // the commit the branch points at (Python: get_commit())
        Ref pinned = exp.head();             // a ref that stays on that commit
        repo.branches().forEach((branch) -> System.out.println(branch.id()));
        exp.delete();

        Tag v1 = repo.tag("v1.0").create("main");          // or create(ref), create(source, existOk)
        Branch fix = repo.branch("fix").create(v1);        // any Ref is a source
        // end of snippet

        String mainHead = repo.branch("main").getCommit().id();
        assertThat(head.id()).isEqualTo(mainHead);
        assertThat(again).isEqualTo(exp);
        assertThat(exp.exists()).isFalse();
        assertThat(pinned.getCommit().id()).isEqualTo(head.id());
        assertThat(hidden.exists()).isTrue();
        assertThat(repo.branches().stream().map(Branch::id)).containsExactly("fix", "main");
        assertThat(v1.getCommit().id()).isEqualTo(mainHead);
        assertThat(fix.getCommit().id()).isEqualTo(mainHead);
    }

    @Test
    void commitsLogDiffAndMerge() {
        Repository repo = newRepository();
        Branch exp = repo.branch("experiment1").create("main");

        // docs/high-level-api.md: commits, log, diff, merge
        exp.object("text/sample_data.txt").upload("This is my object data", MediaType.TEXT_PLAIN);
        exp.uncommitted().forEach(System.out::println);                       // staged changes, lazily

        Commit c = exp.commit("Add some data!", Map.of("using", "java"));
        Commit empty = exp.commit("marker", CommitOptions.defaults().withAllowEmpty(true));

        for (Commit each : exp.log(LogOptions.defaults().withMax(10))) {         // newest first
            System.out.println(each.message());
        }

        Branch main = repo.branch("main");
        main.diff(exp).forEach(System.out::println);     // what merging exp into main brings (three-dot, committed only)
        String mergeCommitId = exp.mergeInto(main);
        // end of snippet

        assertThat(empty.parents()).containsExactly(c.id());
        assertThat(exp.log(LogOptions.defaults().withMax(2)).stream().map(Commit::message)).containsExactly("marker",
                "Add some data!");
        Commit merge = main.getCommit();
        assertThat(merge.id()).isEqualTo(mergeCommitId);
        assertThat(merge.parents()).hasSize(2).contains(empty.id());
        assertThat(main.object("text/sample_data.txt").readString()).isEqualTo("This is my object data");
        assertThatExceptionOfType(LakeFSBadRequestException.class).as("merging again brings no changes")
            .isThrownBy(() -> exp.mergeInto(main));
    }

    @Test
    void listingsAreLazy() {
        Repository repo = newRepository();
        Branch main = repo.branch("main");
        main.object("datasets/small.csv").upload("a");
        main.object("datasets/big.bin").upload(new byte[1_000_001]);
        main.object("datasets/2024/part-0.csv").upload("b");
        List<String> entries = new ArrayList<>();

        // docs/high-level-api.md: listings are lazy
        // at most one request: the first page
        Optional<Branch> first = repo.branches().first();

        try (Stream<ObjectStats> objects = main.objects(ListOptions.prefixed("datasets/")).stream()) {
            objects.filter((o) -> o.sizeBytes() > 1_000_000).limit(10).forEach(System.out::println);
        }

        // one "directory" level
        main.objects("datasets/", "/").forEach((entry) -> System.out.println(entry.path() + " " + entry.pathType()));
        // end of snippet
        main.objects("datasets/", "/").forEach((entry) -> entries.add(entry.path()));

        assertThat(first).map(Branch::id).hasValue("main");
        assertThat(entries).containsExactly("datasets/2024/", "datasets/big.bin", "datasets/small.csv");
    }

    @Test
    void imports() {
        Repository repo = lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo");
        repo.branch("experiment3").create("main");

        // docs/high-level-api.md: imports
        ImportStatus status = repo.branch("experiment3").importData("added public S3 data")
            .prefix("mem://example-bucket1/path1/", "datasets/path1/")
            .object("mem://example-bucket1/path2/imported_obj", "datasets/path2/imported_obj")
            .run(Duration.ofSeconds(1), Duration.ofMinutes(30),
                (progress) -> System.out.println(progress.ingestedObjects() + " objects so far"));
        System.out.println("imported a total of " + status.ingestedObjects() + " objects!");
        // end of snippet

        assertThat(status.completed()).isTrue();
        assertThat(status.ingestedObjects()).isEqualTo(3);
        assertThat(repo.branch("experiment3").getCommit().message()).isEqualTo("added public S3 data");
        assertThat(repo.branch("experiment3").object("datasets/path1/b.csv").readString()).isEqualTo("b");
    }

}
