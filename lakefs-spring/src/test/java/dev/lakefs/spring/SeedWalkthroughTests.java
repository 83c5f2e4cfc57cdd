package dev.lakefs.spring;

import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.DiffType;
import dev.lakefs.spring.client.model.ImportStatus;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.RepositoryProperties;
import dev.lakefs.spring.io.ObjectWriter;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The lakeFS Python walkthrough ("Use Python to interact with your objects on lakeFS"), step by step in Java,
 * against the embedded server. Each test is one section of the walkthrough and builds on the previous ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedWalkthroughTests extends AbstractEmbeddedLakeFSTests {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private static Repository repo;

    private static Branch branch1;

    private static String mainHeadAtFork;

    @Test
    @Order(1)
    void creatingARepository() {
        // repo = lakefs.repository("example-repo").create(storage_namespace="s3://storage-bucket/repos/example-repo")
        repo = lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo");

        RepositoryProperties properties = repo.properties();
        assertThat(properties.id()).isEqualTo("example-repo");
        assertThat(properties.defaultBranch()).isEqualTo("main");
        assertThat(properties.storageNamespace()).isEqualTo("mem://storage-bucket/repos/example-repo");
    }

    @Test
    @Order(2)
    void listingRepositories() {
        // for repo in lakefs.repositories(): print(repo)
        List<String> ids = new ArrayList<>();
        for (Repository each : lakeFS.repositories()) {
            ids.add(each.id());
        }
        assertThat(ids).contains("example-repo");
    }

    @Test
    @Order(3)
    void creatingBranches() {
        // branch1 = lakefs.repository("example-repo").branch("experiment1").create(source_reference="main")
        branch1 = lakeFS.repository("example-repo").branch("experiment1").create("main");
        Branch branch2 = lakeFS.repository("example-repo").branch("experiment2").create("main");

        // print("experiment1 ref:", branch1.get_commit().id)
        mainHeadAtFork = repo.branch("main").getCommit().id();
        assertThat(branch1.getCommit().id()).isEqualTo(mainHeadAtFork).matches("[0-9a-f]{64}");
        assertThat(branch2.getCommit().id()).isEqualTo(mainHeadAtFork);
    }

    @Test
    @Order(4)
    void listingBranches() {
        // for branch in lakefs.repository("example-repo").branches(): print(branch)
        assertThat(repo.branches().stream().map(Branch::id)).containsExactly("experiment1", "experiment2", "main");
    }

    @Test
    @Order(5)
    void uploadingAndReadingText() throws Exception {
        // obj = branch1.object(path="text/sample_data.txt").upload(content_type="text/plain", data="This is my object data")
        WritableObject obj = branch1.object("text/sample_data.txt");
        ObjectStats stats = obj.upload("This is my object data", MediaType.TEXT_PLAIN);

        byte[] data = "This is my object data".getBytes(StandardCharsets.UTF_8);
        assertThat(stats.path()).isEqualTo("text/sample_data.txt");
        assertThat(stats.sizeBytes()).isEqualTo(data.length);
        assertThat(stats.contentType()).isEqualTo("text/plain");
        assertThat(stats.checksum()).isEqualTo(md5Hex(data));
        assertThat(stats.physicalAddress()).startsWith("mem://storage-bucket/repos/example-repo/");

        // print(obj.reader().read())
        assertThat(obj.readString()).isEqualTo("This is my object data");
    }

    @Test
    @Order(6)
    void writingACsvThroughAWriter() throws Exception {
        // with obj.writer(mode='w', pre_sign=True, content_type="text/csv") as fd: csv.writer(fd).writerow(...)
        WritableObject obj = branch1.object("csv/sample_data.csv");
        try (ObjectWriter out = obj.writer(WriteOptions.of(TEXT_CSV).withPreSign(true)); Writer csv = out.asWriter()) {
            csv.write("ID,Name,Email\n");
            for (String row : List.of("1,Alice,", "2,Bob,", "3,Carol,")) {
                csv.write(row + "\n");
            }
            out.commit();
        }
        // On commit the object is uploaded to lakeFS
        ObjectStats stats = obj.stat();
        assertThat(stats.contentType()).isEqualTo("text/csv");
        assertThat(stats.sizeBytes()).isEqualTo("ID,Name,Email\n1,Alice,\n2,Bob,\n3,Carol,\n".length());
    }

    @Test
    @Order(7)
    void uploadingRawBytes() {
        // obj = branch1.object(path="raw/").upload(data=b"Hello Object World", pre_sign=True)
        ObjectStats stats = branch1.object("raw/")
            .upload("Hello Object World".getBytes(StandardCharsets.UTF_8), WriteOptions.defaults().withPreSign(true));

        assertThat(stats.sizeBytes()).isEqualTo(18);
        assertThat(stats.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    @Order(8)
    void listingUncommittedChanges() {
        // for diff in branch1.uncommitted(): print(diff)
        assertThat(branch1.uncommitted()).extracting(Diff::type, Diff::path)
            .containsExactly(tuple(DiffType.ADDED, "csv/sample_data.csv"), tuple(DiffType.ADDED, "raw/"),
                    tuple(DiffType.ADDED, "text/sample_data.txt"));
    }

    @Test
    @Order(9)
    void committingWithMetadata() {
        // ref = branch1.commit(message='Add some data!', metadata={'using': 'python_sdk'})
        Commit commit = branch1.commit("Add some data!", Map.of("using", "java"));

        assertThat(commit.message()).isEqualTo("Add some data!");
        assertThat(commit.metadata()).containsEntry("using", "java");
        assertThat(commit.parents()).containsExactly(mainHeadAtFork);
        assertThat(branch1.getCommit()).isEqualTo(commit);
        // Calling uncommitted again on the same branch, this time there should be no uncommitted files
        assertThat(branch1.uncommitted()).isEmpty();
    }

    @Test
    @Order(10)
    void diffingAndMergingIntoMain() {
        // for diff in main.diff(other_ref=branch1): print(diff)
        Branch main = repo.branch("main");
        assertThat(main.diff(branch1)).extracting(Diff::type, Diff::path)
            .containsExactly(tuple(DiffType.ADDED, "csv/sample_data.csv"), tuple(DiffType.ADDED, "raw/"),
                    tuple(DiffType.ADDED, "text/sample_data.txt"));

        // res = branch1.merge_into(main)
        String mergeCommitId = branch1.mergeInto(main);

        assertThat(mergeCommitId).matches("[0-9a-f]{64}");
        Commit merge = main.getCommit();
        assertThat(merge.id()).isEqualTo(mergeCommitId);
        assertThat(merge.parents()).hasSize(2);
        assertThat(merge.metadata()).containsEntry(".lakefs.merge.strategy", "default");
        // Diff again: no changes, as all changes are on main already
        assertThat(main.diff(branch1)).isEmpty();
    }

    @Test
    @Order(11)
    void readingTheCsvFromMain() throws Exception {
        // for row in csv.reader(main.object(path="csv/sample_data.csv").reader(mode='r')): print(row)
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader csv = repo.branch("main").object("csv/sample_data.csv").textReader()) {
            csv.lines().forEach((line) -> rows.add(List.of(line.split(",", -1))));
        }
        assertThat(rows).containsExactly(List.of("ID", "Name", "Email"), List.of("1", "Alice", ""),
                List.of("2", "Bob", ""), List.of("3", "Carol", ""));
    }

    @Test
    @Order(12)
    void importingData() {
        server.storage().put("mem://example-bucket1/path1/a.parquet", new byte[] { 1, 2, 3 });
        server.storage().put("mem://example-bucket1/path1/b.parquet", new byte[] { 4, 5 });
        server.storage().put("mem://example-bucket1/path2/imported_obj", new byte[] { 6 });

        // importer = branch.import_data(commit_message="added public S3 data").prefix(...).object(...); importer.run()
        List<Long> progress = new ArrayList<>();
        ImportStatus status = repo.branch("experiment3").create("main")
            .importData("added public S3 data")
            .prefix("mem://example-bucket1/path1/", "datasets/path1/")
            .object("mem://example-bucket1/path2/imported_obj", "datasets/path2/imported_obj")
            .run(Duration.ofMillis(20), Duration.ofSeconds(30), (s) -> progress.add(s.ingestedObjects()));

        // print(f"imported a total of {status.ingested_objects} objects!")
        assertThat(status.completed()).isTrue();
        assertThat(status.ingestedObjects()).isEqualTo(3);
        assertThat(status.commit()).isNotNull();
        assertThat(status.commit().message()).isEqualTo("added public S3 data");
        assertThat(progress).isNotEmpty().last().isEqualTo(3L);
        assertThat(repo.branch("experiment3").objects().stream().map(ObjectStats::path)).containsExactly(
                "csv/sample_data.csv", "datasets/path1/a.parquet", "datasets/path1/b.parquet",
                "datasets/path2/imported_obj", "raw/", "text/sample_data.txt");
        assertThat(repo.branch("experiment3").object("datasets/path1/b.parquet").readAllBytes())
            .containsExactly(4, 5);
    }

    @Test
    @Order(13)
    void changingABranchInATransaction() {
        Branch branch = repo.branch("experiment3");
        branch.object("prefix_to_delete/a.csv").upload("a");
        branch.object("prefix_to_delete/b.csv").upload("b");
        branch.commit("objects to delete");

        // with branch.transact(commit_message="my transaction") as tx:
        //     for obj in tx.objects(prefix="prefix_to_delete/"): obj.delete()
        //     tx.object("new_object").upload("new object data")
        branch.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("my transaction"), (tx) -> {
            for (ObjectStats obj : tx.branch().objects(ListOptions.prefixed("prefix_to_delete/"))) {
                tx.object(obj.path()).delete();
            }
            tx.object("new_object").upload("new object data");
        });

        assertThat(branch.object("new_object").readString()).isEqualTo("new object data");
        assertThat(branch.objects(ListOptions.prefixed("prefix_to_delete/"))).isEmpty();
        assertThat(branch.log(LogOptions.defaults().withMax(2))).extracting(Commit::message).last()
            .isEqualTo("my transaction");
        assertThat(branch.uncommitted()).isEmpty();
    }

    private static String md5Hex(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    }
}
