package dev.lakefs.spring.boot.autoconfigure.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.LakeFSOptions;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.resource.LakeFSResource;
import dev.lakefs.spring.resource.StagedLakeFSResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A Spring Batch job over {@code lakefs://} resources, in one lakeFS transaction: it reads the CSV files a pattern
 * matches with {@code MultiResourceItemReader} and {@code FlatFileItemReader}, and writes a report with
 * {@code FlatFileItemWriter}. The report appears on {@code main} when the job completes, and not at all when it fails.
 * Over real HTTP, against an embedded server the test starts.
 */
// Spring Cloud AWS is on this module's test classpath (LakeFSS3WithSpringCloudAwsTests): an application with it
// names a region, or its S3 client fails to start. Nothing the job needs.
@SpringBootTest(classes = SalesReportApplication.class,
        properties = { "spring.batch.job.enabled=false", "spring.cloud.aws.region.static=eu-west-1" })
class SalesReportJobTests {

    @TempDir
    static Path home;

    private static EmbeddedLakeFS server;

    @Autowired
    private SalesReportLauncher launcher;

    @Autowired
    private LakeFS lakeFS;

    @Autowired
    private StagedLakeFSResource salesReport;

    @Value("lakefs://example-repo/main/sales/2024/*.csv")
    private Resource[] salesFiles;

    @BeforeAll
    static void startServerWithSales() {
        server = EmbeddedLakeFS.builder().build().start();
        LakeFS lakeFS = LakeFS.of(LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .build(), LakeFSOptions.defaults());
        Branch main = lakeFS.repository("example-repo").create("mem://bucket/example-repo").branch("main");
        main.object("sales/2024/01.csv").upload("day,region,amount\n2024-01-02,north,10.50\n2024-01-03,south,4\n");
        main.object("sales/2024/02.csv").upload("day,region,amount\n2024-02-01,north,2.25\n");
        main.object("sales/2024/notes.txt").upload("not a CSV file");
        main.object("sales/2023/12.csv").upload("day,region,amount\n2023-12-31,west,1\n");
        main.object("bad/2024/01.csv").upload("day,region,amount\n2024-01-02,north,10.50\n2024-01-03,south,oops\n");
        main.commit("sales");
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @DynamicPropertySource
    static void lakeFSProperties(DynamicPropertyRegistry registry) {
        registry.add("user.home", home::toString);
        registry.add("lakefs.endpoint", server::url);
        registry.add("lakefs.access-key-id", server::accessKeyId);
        registry.add("lakefs.secret-access-key", server::secretAccessKey);
    }

    @Test
    void injectsTheResourcesAPatternMatches() throws Exception {
        assertThat(this.salesFiles).extracting(Resource::getFilename).containsExactly("01.csv", "02.csv");
        assertThat(this.salesFiles).allSatisfy((file) -> assertThat(file).isInstanceOf(LakeFSResource.class));
        assertThat(this.salesFiles[1].getContentAsString(StandardCharsets.UTF_8)).startsWith("day,region,amount");
    }

    @Test
    void theReportAppearsOnMainWhenTheJobCompletes() throws Exception {
        Branch main = this.lakeFS.repository("example-repo").branch("main");

        JobExecution execution = this.launcher.run(new JobParametersBuilder()
            .addString("input", "lakefs://example-repo/main/sales/2024/*.csv")
            .toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(main.object("reports/sales.csv").readString())
            .isEqualTo("region,amount\nNORTH,10.50\nSOUTH,4\nNORTH,2.25\n");
        assertThat(main.object("reports/sales.csv").stat().contentType()).isEqualTo("text/csv");
        Commit head = main.getCommit();
        assertThat(head.parents()).hasSize(2);
        assertThat(this.salesReport.getFile()).doesNotExist();
    }

    @Test
    void nothingAppearsOnMainWhenTheJobFails() throws Exception {
        Branch main = this.lakeFS.repository("example-repo").branch("main");
        String headBefore = main.getCommit().id();

        assertThatExceptionOfType(JobFailedException.class)
            .isThrownBy(() -> this.launcher.run(new JobParametersBuilder()
                .addString("input", "lakefs://example-repo/main/bad/2024/*.csv")
                .toJobParameters()))
            .withMessageContaining("FAILED");

        assertThat(main.getCommit().id()).isEqualTo(headBefore);
        assertThat(main.uncommitted()).isEmpty();
        assertThat(this.salesReport.getFile()).doesNotExist();
    }
}
