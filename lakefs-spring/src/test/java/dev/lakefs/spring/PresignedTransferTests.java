package dev.lakefs.spring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.io.ObjectReader;
import dev.lakefs.spring.io.ObjectWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Presigned mode: uploads go getPhysicalAddress → PUT to the presigned URL → linkPhysicalAddress, reads follow
 * lakeFS's redirect, and lakeFS credentials never reach the presigned URLs.
 */
class PresignedTransferTests extends AbstractEmbeddedLakeFSTests {

    private LakeFS presigned;

    private Branch main;

    private int mark;

    @BeforeEach
    void createRepository() {
        this.presigned = lakeFS.withOptions(lakeFS.options().withPreSign(LakeFSOptions.PreSign.ALWAYS));
        this.main = this.presigned.repository(newRepository().id()).branch("main");
        markRequests();
    }

    /** Later assertions look at the requests received from now on. */
    private void markRequests() {
        this.mark = server.recordedRequests().size();
    }

    private List<RecordedRequest> recent() {
        List<RecordedRequest> all = server.recordedRequests();
        return all.subList(Math.min(this.mark, all.size()), all.size());
    }

    @Test
    void uploadsThroughStagingAndAPresignedPut() throws IOException {
        byte[] data = randomBytes(100_000);
        ObjectStats stats = this.main.object("data.bin")
            .upload(data, WriteOptions.of(MediaType.IMAGE_PNG).withMetadata(Map.of("source", "camera")));

        assertThat(stats.sizeBytes()).isEqualTo(data.length);
        assertThat(stats.contentType()).isEqualTo("image/png");
        assertThat(stats.metadata()).containsEntry("source", "camera");
        assertThat(operations()).containsSubsequence("getPhysicalAddress", "<storage PUT>", "linkPhysicalAddress")
            .doesNotContain("uploadObject");
        try (InputStream in = this.main.object("data.bin").reader(ReadOptions.defaults().withPreSign(false))) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void readsFollowTheRedirectWithoutLakeFSCredentials() throws IOException {
        byte[] data = randomBytes(50_000);
        this.main.object("data.bin").upload(data, WriteOptions.defaults().withPreSign(false));
        markRequests();

        try (ObjectReader reader = this.main.object("data.bin").reader()) {
            assertThat(reader.readNBytes(1000)).isEqualTo(Arrays.copyOfRange(data, 0, 1000));
            reader.seek(40_000);
            assertThat(reader.readAllBytes()).isEqualTo(Arrays.copyOfRange(data, 40_000, 50_000));
            reader.seek(10);
            assertThat(reader.readNBytes(10)).isEqualTo(Arrays.copyOfRange(data, 10, 20));
        }
        List<RecordedRequest> storage = storageRequests();
        assertThat(storage).extracting(RecordedRequest::method).containsOnly("GET").hasSizeGreaterThanOrEqualTo(2);
        assertThat(recent()).filteredOn((r) -> "getObject".equals(r.operationId()))
            .allSatisfy((r) -> assertThat(r.query()).contains("presign=true"));
    }

    @Test
    void spoolsStreamsAndWritersOfUnknownSizeBeforeThePresignedPut() throws IOException {
        LakeFS smallSpool = this.presigned.withOptions(this.presigned.options().withSpoolThreshold(10_000));
        Branch branch = smallSpool.repository(this.main.repositoryId()).branch("main");
        byte[] data = randomBytes(64_000);

        branch.object("streamed.bin").upload(new ByteArrayInputStream(data), MediaType.APPLICATION_OCTET_STREAM);
        try (ObjectWriter out = branch.object("written.bin").writer()) {
            out.write(data);
            out.commit();
        }

        assertThat(branch.object("streamed.bin").readAllBytes()).isEqualTo(data);
        assertThat(branch.object("written.bin").readAllBytes()).isEqualTo(data);
        assertThat(storageRequests()).filteredOn((r) -> r.method().equals("PUT")).hasSize(2)
            .allSatisfy((r) -> assertThat(r.headers()).containsEntry("content-length", List.of("64000")));
    }

    @Test
    void noAuthorizationHeaderEverReachesAPresignedUrl() {
        this.main.object("a.txt").upload("presigned", MediaType.TEXT_PLAIN);
        assertThat(this.main.object("a.txt").readString()).isEqualTo("presigned");

        List<RecordedRequest> storage = storageRequests();
        assertThat(storage).extracting(RecordedRequest::method).contains("PUT", "GET");
        assertThat(storage).allSatisfy((request) -> {
            assertThat(request.headers()).doesNotContainKey("authorization");
            assertThat(request.headers()).doesNotContainKey("cookie");
        });
        // while every lakeFS API call did carry them
        assertThat(recent()).filteredOn((r) -> r.operationId() != null)
            .allSatisfy((r) -> assertThat(r.headers()).containsKey("authorization"));
    }

    @Test
    void ifAbsentIsCheckedBeforeAnyDataIsWritten() {
        this.main.object("once.txt").upload("first", MediaType.TEXT_PLAIN);
        markRequests();

        assertThatExceptionOfType(ObjectExistsException.class).isThrownBy(() -> this.main.object("once.txt")
            .upload("second", WriteOptions.of(MediaType.TEXT_PLAIN).withIfAbsent(true)));
        assertThat(storageRequests()).isEmpty();
        assertThat(this.main.object("once.txt").readString()).isEqualTo("first");
    }

    @Test
    void autoModeAsksTheServerOnceWhetherItsStorageSupportsPresigning() {
        LakeFS auto = LakeFS.of(client);
        Branch branch = auto.repository(this.main.repositoryId()).branch("main");

        branch.object("one.txt").upload("1");
        branch.object("two.txt").upload("2");

        // the embedded server's storage reports pre_sign_support=true
        assertThat(operations()).filteredOn("getConfig"::equals).hasSize(1);
        assertThat(operations()).filteredOn("linkPhysicalAddress"::equals).hasSize(2);
        assertThat(operations()).doesNotContain("uploadObject");
    }

    private List<String> operations() {
        return recent().stream()
            .map((r) -> (r.operationId() != null) ? r.operationId() : "<storage " + r.method() + ">")
            .toList();
    }

    private List<RecordedRequest> storageRequests() {
        return recent().stream().filter((r) -> r.operationId() == null).toList();
    }

    private static byte[] randomBytes(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return data;
    }
}
