package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.ObjectStatsList;
import io.lakefs.clients.sdk.model.UpdateObjectUserMetadata;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4 Objects (uploadObject, user metadata), §5.3 paths, §5.10 checksums, §5.11 physical_address. */
class ObjectUploadConformanceTest extends ConformanceTestSupport {

    private static final String CONTENT = "0123456789";

    @Test
    @DisplayName("§4 raw upload → 201 ObjectStats: MD5 checksum, size, mtime in seconds, request content type, address")
    void rawUploadAnswersObjectStats() {
        HttpResponse<byte[]> response = this.http.send("POST", objectPath("main", "dir/file.txt"),
                CONTENT.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/plain");
        assertThat(response.statusCode()).isEqualTo(201);
        ObjectStats stats = parse(response, ObjectStats::fromJson);
        assertThat(stats.getPath()).isEqualTo("dir/file.txt");
        assertThat(stats.getPathType()).isEqualTo(ObjectStats.PathTypeEnum.OBJECT);
        assertThat(stats.getChecksum()).isEqualTo(md5Hex(CONTENT));
        assertThat(stats.getSizeBytes()).isEqualTo(CONTENT.length());
        assertThat(stats.getMtime()).isBetween(nowSeconds() - 60, nowSeconds() + 60);
        assertThat(stats.getContentType()).isEqualTo("text/plain");
        // §5.11: <storage_namespace>/data/<partition>/<xid>
        assertThat(stats.getPhysicalAddress()).startsWith(namespaceOf(this.repo) + "/data/");
    }

    @Test
    @DisplayName("§4 raw upload without Content-Type is stored as application/octet-stream")
    void rawUploadDefaultsToOctetStream() {
        ObjectStats stats = uploadRaw("main", "blob", new byte[] { 1, 2, 3 });
        assertThat(stats.getContentType()).isEqualTo("application/octet-stream");
    }

    @Test
    @DisplayName("§4 multipart upload (part 'content', as the SDK sends it) → 201 with the part's content type")
    void multipartUploadThroughSdk() throws Exception {
        File file = writeScratchFile("{\"a\":1}".getBytes(StandardCharsets.UTF_8), ".json").toFile();
        ApiResponse<ObjectStats> response = this.objects.uploadObject(this.repo, "main", "data.json").content(file)
                .executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(response.getData().getContentType()).isEqualTo("application/json");
        assertThat(response.getData().getChecksum()).isEqualTo(md5Hex("{\"a\":1}"));
        assertThat(read("main", "data.json")).isEqualTo("{\"a\":1}");
        Files.deleteIfExists(file.toPath());
    }

    @Test
    @DisplayName("§4 a multipart body without a 'content' part → 500 missing key 'content'")
    void multipartWithoutContentPart() {
        String boundary = "conformance-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n";
        HttpResponse<byte[]> response = this.http.send("POST", objectPath("main", "x"),
                body.getBytes(StandardCharsets.UTF_8), "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(messageOf(response)).contains("content");
    }

    @Test
    @DisplayName("§4/§5.10 binary content survives multipart (SDK) and raw uploads byte for byte, with its MD5")
    void binaryContentRoundTrips() throws ApiException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        // Bytes that look like a multipart boundary or header must not confuse the multipart parser
        byte[] trap = "\r\n--boundary\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8);
        System.arraycopy(trap, 0, content, 1000, trap.length);
        ObjectStats viaSdk = upload("main", "binary-sdk", content, ".bin");
        ObjectStats viaRaw = uploadRaw("main", "binary-raw", content, "Content-Type", "application/octet-stream");
        assertThat(viaSdk.getChecksum()).isEqualTo(md5Hex(content)).isEqualTo(viaRaw.getChecksum());
        assertThat(viaSdk.getSizeBytes()).isEqualTo(content.length);
        assertThat(readBytes("main", "binary-sdk")).isEqualTo(content);
        assertThat(readBytes("main", "binary-raw")).isEqualTo(content);
        HttpResponse<byte[]> slice = this.http.get(refObjectPath("main", "binary-raw"), "Range", "bytes=1000000-1000999");
        assertThat(slice.statusCode()).isEqualTo(206);
        assertThat(slice.body()).isEqualTo(Arrays.copyOfRange(content, 1_000_000, 1_001_000));
    }

    @Test
    @DisplayName("§4 X-Lakefs-Meta-* headers become user metadata with lower-cased keys")
    void userMetadataFromHeaders() throws ApiException {
        uploadRaw("main", "tagged", CONTENT.getBytes(StandardCharsets.UTF_8), "X-Lakefs-Meta-Owner", "alice",
                "X-Lakefs-Meta-Data-Set", "s1");
        ObjectStats stats = this.objects.statObject(this.repo, "main", "tagged").userMetadata(true).execute();
        assertThat(stats.getMetadata()).isEqualTo(Map.of("owner", "alice", "data-set", "s1"));
        ObjectStatsList listed = this.objects.listObjects(this.repo, "main").userMetadata(true).execute();
        assertThat(listed.getResults().get(0).getMetadata()).containsEntry("owner", "alice");
    }

    @Test
    @DisplayName("§4 stat: metadata is always present, {} when the object has none")
    void statMetadataAlwaysPresent() {
        uploadRaw("main", "plain", CONTENT.getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = this.http.get("/repositories/" + this.repo
                + "/refs/main/objects/stat?path=plain");
        assertThat(response.statusCode()).isEqualTo(200);
        ObjectStats stats = parse(response, ObjectStats::fromJson);
        assertThat(stats.getMetadata()).isNotNull().isEmpty();
        assertThat(stats.getSizeBytes()).isEqualTo(CONTENT.length());
    }

    @Test
    @DisplayName("§4 If-None-Match: * → 412 on an existing path (staged or committed), 201 on a new or deleted one")
    void ifNoneMatchStar() throws ApiException {
        File file = writeScratchFile(CONTENT.getBytes(StandardCharsets.UTF_8), ".txt").toFile();
        assertThat(this.objects.uploadObject(this.repo, "main", "once").ifNoneMatch("*").content(file)
                .executeWithHttpInfo().getStatusCode()).isEqualTo(201);
        ApiException staged = failsWith(412, () -> this.objects.uploadObject(this.repo, "main", "once")
                .ifNoneMatch("*").content(file).execute());
        assertThat(messageOf(staged)).isNotBlank();
        commit("main", "once");
        failsWith(412, () -> this.objects.uploadObject(this.repo, "main", "once").ifNoneMatch("*").content(file)
                .execute());
        this.objects.deleteObject(this.repo, "main", "once").execute();
        assertThat(this.objects.uploadObject(this.repo, "main", "once").ifNoneMatch("*").content(file)
                .executeWithHttpInfo().getStatusCode()).isEqualTo(201);
    }

    @Test
    @DisplayName("§4 If-None-Match other than * or any If-Match on upload → 501")
    void unsupportedUploadPreconditions() {
        byte[] content = CONTENT.getBytes(StandardCharsets.UTF_8);
        uploadRaw("main", "p", content);
        assertThat(this.http.send("POST", objectPath("main", "p"), content, "If-None-Match", "\"abc\"").statusCode())
                .isEqualTo(501);
        assertThat(this.http.send("POST", objectPath("main", "p"), content, "If-Match", md5Hex(content)).statusCode())
                .isEqualTo(501);
    }

    @Test
    @DisplayName("§4 updateObjectUserMetadata replaces the user metadata (lakeFS answers 204; the spec says 201)")
    void updateUserMetadata() throws ApiException {
        uploadRaw("main", "m", CONTENT.getBytes(StandardCharsets.UTF_8), "X-Lakefs-Meta-Old", "1");
        ApiResponse<Void> response = this.objects.updateObjectUserMetadata(this.repo, "main", "m",
                new UpdateObjectUserMetadata().set(Map.of("new", "2"))).executeWithHttpInfo();
        assertThat(response.getStatusCode()).isIn(201, 204);
        assertThat(this.objects.statObject(this.repo, "main", "m").execute().getMetadata())
                .isEqualTo(Map.of("new", "2"));
        assertThat(read("main", "m")).isEqualTo(CONTENT);
    }

    @Test
    @DisplayName("§5.3 an empty path → 400")
    void emptyPathIsBadRequest() {
        HttpResponse<byte[]> response = this.http.send("POST", objectPath("main", ""), new byte[] { 1 });
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(messageOf(response)).isNotBlank();
    }

    @Test
    @DisplayName("§5.3 a path of 1024 bytes is valid; 1025 bytes → 400")
    void pathLengthLimit() throws ApiException {
        String longest = "p".repeat(1024);
        uploadRaw("main", longest, new byte[] { 1 });
        assertThat(this.objects.statObject(this.repo, "main", longest).execute().getPath()).isEqualTo(longest);
        HttpResponse<byte[]> tooLong = this.http.send("POST", objectPath("main", "p".repeat(1025)), new byte[] { 1 });
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("§5.3 paths are not normalised: '//', a leading '/', '..', spaces, '+', '%', '?', '#' and unicode are kept verbatim")
    void pathsAreNotNormalised() throws ApiException {
        List<String> paths = List.of("/leading", "a//b", "dir/../x", "with space", "ünï/cødé", "trailing/", "plus+sign",
                "100%", "q?a=b&c#d");
        for (String path : paths) {
            uploadRaw("main", path, path.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(pathsOf("main", "")).containsExactlyElementsOf(paths.stream().sorted().toList());
        for (String path : paths) {
            assertThat(read("main", path)).isEqualTo(path);
        }
    }

}
