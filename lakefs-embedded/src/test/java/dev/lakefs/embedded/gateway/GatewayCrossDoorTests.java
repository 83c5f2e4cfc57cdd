package dev.lakefs.embedded.gateway;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.ObjectStats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** One store behind both doors: what one writes, the other lists, stats, commits and reads. */
class GatewayCrossDoorTests extends GatewayTestSupport {

    @Test
    @DisplayName("an object put through S3 is an uncommitted change the REST API lists, stats and commits")
    void s3ThenRest() throws Exception {
        String content = "written through S3";
        this.s3.putObject((request) -> request.bucket(this.repository).key("main/data/s3.txt")
            .contentType("text/plain").metadata(Map.of("Source", "s3")), RequestBody.fromString(content));
        assertThat(this.branches.diffBranch(this.repository, "main").execute().getResults())
            .extracting(Diff::getPath, Diff::getType)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("data/s3.txt", Diff.TypeEnum.ADDED));
        ObjectStats stats = this.objects.statObject(this.repository, "main", "data/s3.txt").execute();
        assertThat(stats.getSizeBytes()).isEqualTo(content.length());
        assertThat(stats.getChecksum()).isEqualTo(md5(content));
        assertThat(stats.getContentType()).isEqualTo("text/plain");
        // lakeFS keeps gateway metadata under its header name, lower-cased after the prefix.
        assertThat(stats.getMetadata()).containsExactly(Map.entry("X-Amz-Meta-source", "s3"));
        assertThat(this.objects.listObjects(this.repository, "main").execute().getResults())
            .extracting(ObjectStats::getPath).containsExactly("data/s3.txt");
        String commitId = commit("main", "from S3").getId();
        assertThat(this.branches.diffBranch(this.repository, "main").execute().getResults()).isEmpty();
        assertThat(get(commitId + "/data/s3.txt")).isEqualTo(content);
        File downloaded = this.objects.getObject(this.repository, commitId, "data/s3.txt").execute();
        assertThat(Files.readString(downloaded.toPath())).isEqualTo(content);
    }

    @Test
    @DisplayName("an object uploaded through the REST API reads back through S3 with the same ETag and size")
    void restThenS3(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("rest.csv");
        Files.writeString(file, "a,b\n1,2\n");
        ObjectStats uploaded = this.objects.uploadObject(this.repository, "main", "tables/rest.csv")
            .content(file.toFile()).execute();
        assertThat(get("main/tables/rest.csv")).isEqualTo("a,b\n1,2\n");
        HeadObjectResponse head = this.s3.headObject((request) -> request.bucket(this.repository)
            .key("main/tables/rest.csv"));
        assertThat(head.eTag()).isEqualTo("\"" + uploaded.getChecksum() + "\"");
        assertThat(head.contentLength()).isEqualTo(uploaded.getSizeBytes());
        assertThat(this.s3.listObjectsV2((request) -> request.bucket(this.repository).prefix("main/tables/"))
            .contents()).singleElement().satisfies(object -> assertThat(object.key()).isEqualTo("main/tables/rest.csv"));
        this.objects.deleteObject(this.repository, "main", "tables/rest.csv").execute();
        assertThat(s3Error(() -> get("main/tables/rest.csv")).statusCode()).isEqualTo(404);
    }
}
