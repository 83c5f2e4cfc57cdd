package dev.lakefs.spring.sample.walkthrough;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.LakeFSConflictException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.ImportStatus;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.sample.datasets.DatasetIngestionService;
import dev.lakefs.spring.sample.datasets.IngestedDataset;
import dev.lakefs.spring.sample.datasets.InvalidDatasetException;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/**
 * The lakeFS Python SDK's guide ("Use Python to interact with your objects on lakeFS"), step by step, in Java:
 * repository, branches, uploads, uncommitted changes, commit, diff, merge, reading back, import, transactions, and
 * the S3 gateway ({@link S3GatewayWalkthrough}). Each method is one section of the guide; each prints what the guide
 * prints.
 */
public final class Walkthrough {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private static final List<List<String>> SAMPLE_DATA = List.of(List.of("1", "Alice", ""),
            List.of("2", "Bob", ""), List.of("3", "Carol", ""));

    private final Repository repository;

    private final String storageNamespace;

    private final @Nullable ImportSource importSource;

    private final DatasetIngestionService datasets;

    private final @Nullable S3GatewayWalkthrough s3Gateway;

    private final WalkthroughOutput out;

    Walkthrough(Repository repository, String storageNamespace, @Nullable ImportSource importSource,
            DatasetIngestionService datasets, @Nullable S3GatewayWalkthrough s3Gateway, WalkthroughOutput out) {
        this.repository = repository;
        this.storageNamespace = storageNamespace;
        this.importSource = importSource;
        this.datasets = datasets;
        this.s3Gateway = s3Gateway;
        this.out = out;
    }

    /**
     * Runs every step, printing as it goes.
     * @throws IOException when reading an object fails
     */
    public void run() throws IOException {
        LakeFS lakeFS = this.repository.lakeFS();
        this.out.step("Connecting");
        this.out.line("lakeFS %s at %s", lakeFS.serverVersion(), lakeFS.client().endpoint());
        Repository repo = createRepository();
        if (repo == null) {
            return;
        }
        listRepositories(lakeFS);
        Branch experiment1 = createBranches(repo);
        upload(experiment1);
        showUncommitted(experiment1);
        commit(experiment1);
        Branch main = repo.branch("main");
        diffAndMerge(main, experiment1);
        readCsv(main);
        Branch experiment3 = importData(repo);
        transact(experiment3);
        ingestDatasets();
        if (this.s3Gateway != null) {
            this.s3Gateway.run(repo);
        }
    }

    private @Nullable Repository createRepository() {
        this.out.step("Creating a repository");
        try {
            Repository repo = this.repository.create(this.storageNamespace);
            this.out.line("%s", repo);
            return repo;
        }
        catch (LakeFSConflictException ex) {
            this.out.line("Repository '%s' exists already and the walkthrough needs a new one: set "
                    + "sample.walkthrough.repository to another id (or sample.walkthrough.enabled=false).",
                    this.repository.id());
            return null;
        }
    }

    private void listRepositories(LakeFS lakeFS) {
        this.out.step("Listing repositories");
        for (Repository repo : lakeFS.repositories()) {
            this.out.line("%s", repo);
        }
    }

    private Branch createBranches(Repository repo) {
        this.out.step("Creating branches");
        Branch experiment1 = repo.branch("experiment1").create("main");
        this.out.line("experiment1 ref: %s", experiment1.getCommit().id());
        Branch experiment2 = repo.branch("experiment2").create("main");
        this.out.line("experiment2 ref: %s", experiment2.getCommit().id());
        this.out.step("Listing branches");
        for (Branch branch : repo.branches()) {
            this.out.line("%-12s head %s", branch.id(), branch.getCommit().id());
        }
        return experiment1;
    }

    private void upload(Branch branch) {
        this.out.step("Uploading text, reading it back");
        ObjectStats text = branch.object("text/sample_data.txt")
            .upload("This is my object data", MediaType.TEXT_PLAIN);
        this.out.object(text);
        this.out.line("read back: %s", branch.object("text/sample_data.txt").readString());

        this.out.step("Writing a CSV through a writer");
        ObjectStats csv = branch.object("csv/sample_data.csv").write(TEXT_CSV, (writer) -> {
            Writer lines = writer.asWriter();
            lines.write("ID,Name,Email\n");
            for (List<String> row : SAMPLE_DATA) {
                lines.write(String.join(",", row) + "\n");
            }
        });
        this.out.line("uploaded when the callback returned (nothing is uploaded if it throws):");
        this.out.object(csv);

        this.out.step("Uploading raw bytes");
        ObjectStats raw = branch.object("raw/").upload("Hello Object World".getBytes(StandardCharsets.UTF_8));
        this.out.object(raw);
    }

    private void showUncommitted(Branch branch) {
        this.out.step("Uncommitted changes on " + branch.id());
        for (Diff diff : branch.uncommitted()) {
            this.out.diff(diff);
        }
    }

    private void commit(Branch branch) {
        this.out.step("Committing with metadata");
        Commit commit = branch.commit("Add some data!", Map.of("using", "java"));
        this.out.commit(commit);
        this.out.line("uncommitted changes now: %d", branch.uncommitted().stream().count());
    }

    private void diffAndMerge(Branch main, Branch experiment1) {
        this.out.step("Diff of main with experiment1");
        for (Diff diff : main.diff(experiment1)) {
            this.out.diff(diff);
        }
        this.out.step("Merging experiment1 into main");
        String mergeCommitId = experiment1.mergeInto(main);
        this.out.line("merge commit: %s", mergeCommitId);
        this.out.line("differences left: %d", main.diff(experiment1).stream().count());
    }

    private void readCsv(Branch main) throws IOException {
        this.out.step("Reading the CSV back from main, streaming");
        try (BufferedReader csv = new BufferedReader(
                new InputStreamReader(main.object("csv/sample_data.csv").reader(), StandardCharsets.UTF_8))) {
            csv.lines().forEach((line) -> this.out.line("%s", Arrays.asList(line.split(",", -1))));
        }
    }

    private Branch importData(Repository repo) {
        this.out.step("Importing existing object-store data");
        Branch experiment3 = repo.branch("experiment3").create("main");
        if (this.importSource == null) {
            this.out.line("skipped: set sample.walkthrough.import-source to a prefix your lakeFS can read, "
                    + "e.g. s3://my-bucket/path/");
            return experiment3;
        }
        this.out.line("%s", this.importSource.prepare());
        ImportStatus status = this.importSource.addTo(experiment3.importData("added public S3 data"))
            .run(Duration.ofMillis(500), Duration.ofMinutes(10),
                    (progress) -> this.out.line("... %s objects so far", progress.ingestedObjects()));
        this.out.line("imported a total of %d objects", status.ingestedObjects());
        for (ObjectStats object : experiment3.objects(ListOptions.prefixed("datasets/"))) {
            this.out.line("%s (%d bytes)", object.path(), object.sizeBytes());
        }
        return experiment3;
    }

    private void transact(Branch branch) {
        this.out.step("A transaction on " + branch.id());
        branch.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("my transaction"), (tx) -> {
            for (ObjectStats object : tx.branch().objects(ListOptions.prefixed("datasets/path1/"))) {
                tx.object(object.path()).delete();
            }
            tx.object("new_object").upload("new object data");
        });
        this.out.line("committed on a hidden branch, then merged into %s; its log now starts with:", branch.id());
        for (Commit commit : branch.log(LogOptions.defaults().withMax(2))) {
            this.out.commit(commit);
        }
        this.out.line("its objects:");
        for (ObjectStats object : branch.objects()) {
            this.out.line("%s", object.path());
        }
    }

    private void ingestDatasets() throws IOException {
        Repository repo = this.datasets.repository();
        Branch main = repo.branch("main");
        this.out.step("@LakeFSTransactional: ingesting a dataset into " + repo.id());
        IngestedDataset lakes = this.datasets.ingest("lakes",
                new StringReader("name,country,area_km2\nBodensee,DE,536\nGarda,IT,370\n"));
        this.out.line("%d rows in %s", lakes.rows(), lakes.objects());
        this.out.line("merged into main as %s", lakes.mergeCommitId());

        this.out.step("@LakeFSTransactional: an invalid dataset rolls back");
        String before = main.getCommit().id();
        try {
            this.datasets.ingest("lakes", new StringReader("name,country,area_km2\nBalaton,HU,592\nVictoria,UG\n"));
        }
        catch (InvalidDatasetException ex) {
            this.out.line("refused: %s", ex.getMessage());
        }
        this.out.line("main unchanged: %s", before.equals(main.getCommit().id()));
        this.out.line("lakes still reads: %s",
                main.object("datasets/lakes/part-00000.csv").readString().lines().toList());
    }

    /** Says what to try next against the running application. */
    void printNextSteps(String port) {
        this.out.step("Done. The application keeps running; try:");
        this.out.line("curl -X POST localhost:%s/datasets/people -H 'Content-Type: text/csv' "
                + "--data-binary $'id,name\\n1,Alice\\n2,Bob\\n'", port);
        this.out.line("curl -X POST localhost:%s/datasets/people -H 'Content-Type: text/csv' "
                + "--data-binary $'id,name\\n3\\n'      (400, main unchanged)", port);
        this.out.line("curl -X POST localhost:%s/summaries/datasets   (a lakefs:// pattern read, a file out)", port);
        this.out.line("curl -X POST localhost:%s/exports/people       (a Spring Batch job in a transaction)", port);
        this.out.line("curl localhost:%s/actuator/health   and   /actuator/lakefs   and   /actuator/metrics", port);
    }

}
