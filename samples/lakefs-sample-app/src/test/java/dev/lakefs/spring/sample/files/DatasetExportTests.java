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
 * {@code POST /exports/{name}} on the embedded server: a Spring Batch job reads the parts a {@code lakefs://} pattern
 * matches and writes one file, which reaches {@code main} in the transaction's merge commit when the job completes,
 * and not at all when it fails.
 */
@SpringBootTest(properties = { "lakefs.embedded.enabled=true", "sample.walkthrough.enabled=false",
        "sample.datasets.rows-per-part=2" })
@AutoConfigureMockMvc
class DatasetExportTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private LakeFS lakeFS;

    @Autowired
    private DatasetIngestionService ingestion;

    @Test
    void exportsEveryPartToOneFileOnMain() throws IOException {
        this.ingestion.ingest("lakes", new StringReader("name,area_km2\nSuperior,82100\nVictoria,68870\n"
                + "Huron,59600\nMichigan,58000\nTanganyika,32600\n"));
        Branch main = this.lakeFS.repository("datasets").branch("main");

        assertThat(this.mvc.post().uri("/exports/lakes")).hasStatus(HttpStatus.OK)
            .bodyJson()
            .satisfies((json) -> {
                json.assertThat().extractingPath("$.rows").isEqualTo(5);
                json.assertThat().extractingPath("$.export").isEqualTo("exports/lakes.csv");
                json.assertThat().extractingPath("$.commitId").isEqualTo(main.getCommit().id());
            });
        assertThat(main.object("exports/lakes.csv").readString()).isEqualTo("name,area_km2\nSuperior,82100\n"
                + "Victoria,68870\nHuron,59600\nMichigan,58000\nTanganyika,32600\n");
        assertThat(main.object("exports/lakes.csv").stat().contentType()).isEqualTo("text/csv");
    }

    @Test
    void aFailedJobLeavesMainUnchanged() {
        Branch main = this.lakeFS.repository("datasets").branch("main");
        String headBefore = main.getCommit().id();

        assertThat(this.mvc.post().uri("/exports/no-such-dataset")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
            .bodyJson()
            .extractingPath("$.main")
            .isEqualTo("unchanged: the export transaction was rolled back");
        assertThat(main.getCommit().id()).isEqualTo(headBefore);
        assertThat(main.object("exports/no-such-dataset.csv").exists()).isFalse();
    }
}
