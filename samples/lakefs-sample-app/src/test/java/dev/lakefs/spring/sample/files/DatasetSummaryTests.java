package dev.lakefs.spring.sample.files;

import java.io.IOException;
import java.io.StringReader;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.sample.datasets.DatasetIngestionService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /summaries/datasets} on the embedded server: the parts a {@code lakefs://} pattern matches are counted,
 * and the summary file reaches {@code main} in the transaction's merge commit.
 */
@SpringBootTest(properties = { "lakefs.embedded.enabled=true", "sample.walkthrough.enabled=false",
        "sample.datasets.rows-per-part=2" })
@AutoConfigureMockMvc
class DatasetSummaryTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private LakeFS lakeFS;

    @Autowired
    private DatasetIngestionService ingestion;

    @Test
    void countsEveryPartAPatternMatchesAndWritesTheSummaryToMain() throws IOException {
        this.ingestion.ingest("cities", new StringReader("name,country\nParis,FR\nRome,IT\nOslo,NO\n"));
        this.ingestion.ingest("rivers", new StringReader("name\nNile\n"));
        Branch main = this.lakeFS.repository("datasets").branch("main");

        assertThat(this.mvc.post().uri("/summaries/datasets")).hasStatus(HttpStatus.OK)
            .bodyJson()
            .satisfies((json) -> {
                // other tests sharing this application context may have ingested more datasets
                json.assertThat().extractingPath("$.rows.cities").isEqualTo(3);
                json.assertThat().extractingPath("$.rows.rivers").isEqualTo(1);
                json.assertThat().extractingPath("$.commitId").isEqualTo(main.getCommit().id());
            });
        assertThat(main.object(DatasetSummaryService.SUMMARY_PATH).readString())
            .startsWith("dataset,rows\n")
            .contains("\ncities,3\n", "\nrivers,1\n");
    }
}
