package dev.lakefs.spring.sample.walkthrough;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.ObjectStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough runs on start against the embedded default, prints every step, and leaves the repository in the
 * state the Python guide describes.
 */
@SpringBootTest(properties = "lakefs.embedded.enabled=true")
@ExtendWith(OutputCaptureExtension.class)
class WalkthroughTests {

    @Autowired
    private LakeFS lakeFS;

    @Test
    void printsEveryStep(CapturedOutput output) {
        assertThat(output.getOut()).contains("== 1. Connecting", "Creating a repository", "experiment1 ref: ",
                "Uncommitted changes on experiment1", "added   csv/sample_data.csv (39 bytes)",
                "metadata: {using=java}", "uncommitted changes now: 0", "differences left: 0", "[3, Carol, ]",
                "imported a total of 4 objects", "A transaction on experiment3", "main unchanged: true",
                "The S3 gateway: putting an object on a branch", "main/example-prefix/example-file.csv (16 bytes)",
                "content-length 16", "after the commit, main has it: 1 file", "curl -X POST localhost:");
        assertThat(output.getOut()).doesNotContain("skipped", "merged into main as null");
    }

    @Test
    void mergesTheCsvIntoMain() {
        Branch main = this.lakeFS.repository("example-repo").branch("main");

        assertThat(main.object("csv/sample_data.csv").readString())
            .isEqualTo("ID,Name,Email\n1,Alice,\n2,Bob,\n3,Carol,\n");
        assertThat(main.object("text/sample_data.txt").readString()).isEqualTo("This is my object data");
        assertThat(main.object("raw/").readAllBytes()).asString().isEqualTo("Hello Object World");
    }

    @Test
    void importsThenTransformsExperiment3InOneTransaction() {
        Repository repo = this.lakeFS.repository("example-repo");
        Branch experiment3 = repo.branch("experiment3");

        assertThat(experiment3.objects(ListOptions.prefixed("datasets/")).stream().map(ObjectStats::path))
            .containsExactly("datasets/path2/imported_obj");
        assertThat(experiment3.object("new_object").readString()).isEqualTo("new object data");
        assertThat(experiment3.getCommit().parents()).as("the transaction's merge commit").hasSize(2);
        assertThat(experiment3.uncommitted()).isEmpty();
    }

    @Test
    void writesThroughTheS3GatewayLandOnMain(CapturedOutput output) {
        Branch main = this.lakeFS.repository("example-repo").branch("main");
        Commit putThroughS3 = main.log(LogOptions.defaults().withMax(10))
            .stream()
            .filter((commit) -> commit.message().equals("Add example-file.csv through the S3 gateway"))
            .findFirst()
            .orElseThrow();

        assertThat(main.object("example-prefix/example-file.csv").readString()).isEqualTo("ID,Name\n1,Alice\n");
        assertThat(main.object("reports/summary.txt").readString()).isEqualTo("1 file");
        assertThat(output.getOut()).as("the listing at the commit id")
            .contains(putThroughS3.id() + "/example-prefix/example-file.csv (16 bytes)");
    }

    @Test
    void ingestsTheLakesDatasetAndKeepsItThroughTheRefusedVersion() {
        Branch main = this.lakeFS.repository("datasets").branch("main");

        assertThat(main.object("datasets/lakes/part-00000.csv").readString())
            .isEqualTo("name,country,area_km2\nBodensee,DE,536\nGarda,IT,370\n");
    }

}
