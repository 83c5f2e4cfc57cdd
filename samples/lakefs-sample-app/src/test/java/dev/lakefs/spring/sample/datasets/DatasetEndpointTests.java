package dev.lakefs.spring.sample.datasets;

import java.util.List;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.ObjectStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /datasets/{name}} on the embedded server (forced on, so that a developer's lakectl configuration is not
 * picked up): a valid dataset is merged into {@code main}, an invalid one rolls back and leaves {@code main} as it was.
 * Parts hold two rows, so that a bad row is found after a part was already written to the transaction's branch.
 */
@SpringBootTest(properties = { "lakefs.embedded.enabled=true", "sample.walkthrough.enabled=false",
        "sample.datasets.rows-per-part=2" })
@AutoConfigureMockMvc
class DatasetEndpointTests {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private LakeFS lakeFS;

    private Repository repository;

    private Branch main;

    @BeforeEach
    void handles() {
        this.repository = this.lakeFS.repository("datasets");
        this.main = this.repository.branch("main");
    }

    @Test
    void ingestsADatasetInPartsAndAnswersWithTheMergeCommit() {
        MvcTestResult result = post("people", "id,name\n1,Alice\n2,Bob\n3,\"Carol, Jr.\"\n");

        assertThat(result).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.dataset", (dataset) -> dataset.assertThat().isEqualTo("people"))
            .hasPathSatisfying("$.rows", (rows) -> rows.assertThat().isEqualTo(3))
            .hasPathSatisfying("$.objects", (objects) -> objects.assertThat()
                .isEqualTo(List.of("datasets/people/part-00000.csv", "datasets/people/part-00001.csv")))
            .hasPathSatisfying("$.commitId", (commitId) -> commitId.assertThat().isEqualTo(this.main.getCommit().id()));
        Commit head = this.main.getCommit();
        assertThat(head.parents()).as("a merge commit").hasSize(2);
        assertThat(head.metadata()).containsEntry("dataset", "people");
        assertThat(this.main.object("datasets/people/part-00000.csv").readString())
            .isEqualTo("id,name\n1,Alice\n2,Bob\n");
        assertThat(this.main.object("datasets/people/part-00001.csv").readString())
            .isEqualTo("id,name\n3,\"Carol, Jr.\"\n");
        assertThat(this.main.uncommitted()).isEmpty();
    }

    @Test
    void aNewVersionReplacesThePreviousOne() {
        assertThat(post("cities", "city\nBerlin\nParis\nRome\n")).hasStatusOk();

        assertThat(post("cities", "city\nOslo\n")).hasStatusOk();

        assertThat(this.main.objects(ListOptions.prefixed("datasets/cities/")).stream().map(ObjectStats::path))
            .containsExactly("datasets/cities/part-00000.csv");
        assertThat(this.main.object("datasets/cities/part-00000.csv").readString()).isEqualTo("city\nOslo\n");
    }

    @Test
    void anInvalidRowRollsBackAndLeavesMainUnchanged() {
        assertThat(post("lakes", "name,country\nBodensee,DE\n")).hasStatusOk();
        String before = this.main.getCommit().id();

        // Line 5 is bad: part-00000 (lines 2-3) was already written to the transaction's branch by then.
        MvcTestResult result = post("lakes", "name,country\nGarda,IT\nBalaton,HU\nComo,IT\nVictoria\n");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .hasPathSatisfying("$.title", (title) -> title.assertThat().isEqualTo("Invalid dataset"))
            .hasPathSatisfying("$.detail", (detail) -> detail.assertThat()
                .isEqualTo("Line 5: 1 field, but the header has 2 columns [name, country]"))
            .hasPathSatisfying("$.line", (line) -> line.assertThat().isEqualTo(5))
            .hasPathSatisfying("$.dataset", (dataset) -> dataset.assertThat().isEqualTo("lakes"));
        assertThat(this.main.getCommit().id()).isEqualTo(before);
        assertThat(this.main.object("datasets/lakes/part-00000.csv").readString())
            .isEqualTo("name,country\nBodensee,DE\n");
        assertThat(this.main.object("datasets/lakes/part-00001.csv").exists()).isFalse();
        assertThat(this.main.uncommitted()).isEmpty();
        assertThat(this.repository.branchesIncludingHidden().stream().map(Branch::id))
            .as("no transaction branch is left behind")
            .noneMatch((id) -> id.startsWith("tx-"));
    }

    @Test
    void aDatasetWithoutRowsIsRefused() {
        String before = this.main.getCommit().id();

        assertThat(post("empty", "id,name\n")).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .hasPathSatisfying("$.detail",
                    (detail) -> detail.assertThat().isEqualTo("The dataset has a header but no rows"));
        assertThat(this.main.getCommit().id()).isEqualTo(before);
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRefused() {
        assertThat(post("twice", "id,name,id\n1,a,2\n")).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .hasPathSatisfying("$.detail", (detail) -> detail.assertThat()
                .isEqualTo("Line 1: column 'id' appears twice in the header"));
    }

    @Test
    void anInvalidNameIsRefused() {
        assertThat(post("Not_Lower", "id\n1\n")).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .hasPathSatisfying("$.title", (title) -> title.assertThat().isEqualTo("Invalid dataset"));
        assertThat(this.main.object("datasets/Not_Lower/part-00000.csv").exists()).isFalse();
    }

    @Test
    void transactionsAreMeasuredByOutcome() {
        assertThat(post("measured", "id\n1\n")).hasStatusOk();
        assertThat(post("measured", "id\n1,2\n")).hasStatus(HttpStatus.BAD_REQUEST);

        for (String outcome : List.of("committed", "rolled_back")) {
            assertThat(this.mvc.get()
                .uri("/actuator/metrics/lakefs.transaction?tag=repository:datasets&tag=outcome:{outcome}", outcome))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.measurements[?(@.statistic == 'COUNT')].value",
                        (count) -> count.assertThat().asArray().isNotEmpty().allSatisfy((value) -> assertThat(
                                ((Number) value).doubleValue()).isGreaterThanOrEqualTo(1)));
        }
    }

    private MvcTestResult post(String dataset, String csv) {
        return this.mvc.post().uri("/datasets/{name}", dataset).contentType(TEXT_CSV).content(csv).exchange();
    }

}
