package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.ObjectCopyCreation;
import io.lakefs.clients.sdk.model.ObjectErrorList;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.ObjectStatsList;
import io.lakefs.clients.sdk.model.PathList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4 Objects: listing with delimiters, delete, bulk delete and copy. */
class ObjectListDeleteCopyConformanceTest extends ConformanceTestSupport {

    private static final String CONTENT = "0123456789";

    @Test
    @DisplayName("§4 listObjects with a delimiter gives common prefixes (path ends with the delimiter); without, it recurses")
    void listWithDelimiter() throws ApiException {
        for (String path : List.of("a/1", "a/2", "a/b/3", "c", "d/4")) {
            uploadRaw("main", path, path.getBytes(StandardCharsets.UTF_8));
        }
        ObjectStatsList grouped = this.objects.listObjects(this.repo, "main").delimiter("/").execute();
        assertThat(grouped.getResults()).extracting(ObjectStats::getPath, ObjectStats::getPathType).containsExactly(
                tuple("a/", ObjectStats.PathTypeEnum.COMMON_PREFIX),
                tuple("c", ObjectStats.PathTypeEnum.OBJECT),
                tuple("d/", ObjectStats.PathTypeEnum.COMMON_PREFIX));
        ObjectStats prefix = grouped.getResults().get(0);
        assertThat(prefix.getChecksum()).isEmpty();
        assertThat(prefix.getPhysicalAddress()).isEmpty();
        assertThat(prefix.getMtime()).isZero();
        assertThat(this.objects.listObjects(this.repo, "main").prefix("a/").delimiter("/").execute().getResults())
                .extracting(ObjectStats::getPath).containsExactly("a/1", "a/2", "a/b/");
        assertThat(pathsOf("main", "")).containsExactly("a/1", "a/2", "a/b/3", "c", "d/4");
    }

    @Test
    @DisplayName("§4 listObjects on an unknown ref → 404")
    void listUnknownRefIsNotFound() {
        failsWith(404, () -> this.objects.listObjects(this.repo, "no-such-ref").execute());
    }

    @Test
    @DisplayName("§4 deleting a missing object → 204; deleting an existing one → 204 and then 404")
    void deleteObject() throws ApiException {
        assertThat(this.objects.deleteObject(this.repo, "main", "never-existed").executeWithHttpInfo().getStatusCode())
                .isEqualTo(204);
        uploadRaw("main", "doomed", CONTENT.getBytes(StandardCharsets.UTF_8));
        commit("main", "doomed");
        assertThat(this.objects.deleteObject(this.repo, "main", "doomed").executeWithHttpInfo().getStatusCode())
                .isEqualTo(204);
        failsWith(404, () -> this.objects.getObject(this.repo, "main", "doomed").execute());
        failsWith(404, () -> this.objects.deleteObject(this.repo, "no-branch", "doomed").execute());
    }

    @Test
    @DisplayName("§4 bulk delete → 200 ObjectErrorList with errors [] (missing paths and empty paths are no errors)")
    void bulkDelete() throws ApiException {
        uploadRaw("main", "x1", new byte[] { 1 });
        uploadRaw("main", "x2", new byte[] { 2 });
        uploadRaw("main", "keep", new byte[] { 3 });
        ApiResponse<ObjectErrorList> response = this.objects.deleteObjects(this.repo, "main",
                new PathList().paths(List.of("x1", "x2", "missing", ""))).executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getData().getErrors()).isEmpty();
        assertThat(pathsOf("main", "")).containsExactly("keep");
    }

    @Test
    @DisplayName("§4 bulk delete of more than 1000 paths → 400")
    void bulkDeleteOverLimitIsBadRequest() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            paths.add("p" + i);
        }
        failsWith(400, () -> this.objects.deleteObjects(this.repo, "main", new PathList().paths(paths)).execute());
    }

    @Test
    @DisplayName("§4 copyObject → 201 ObjectStats at the destination, same checksum; from another ref via src_ref")
    void copyObject() throws ApiException {
        uploadRaw("main", "src", CONTENT.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/plain");
        ApiResponse<ObjectStats> copied = this.objects.copyObject(this.repo, "main", "dst",
                new ObjectCopyCreation().srcPath("src")).executeWithHttpInfo();
        assertThat(copied.getStatusCode()).isEqualTo(201);
        assertThat(copied.getData().getPath()).isEqualTo("dst");
        assertThat(copied.getData().getChecksum()).isEqualTo(md5Hex(CONTENT));
        assertThat(read("main", "dst")).isEqualTo(CONTENT);
        commit("main", "src");
        createBranch("other", "main");
        this.objects.copyObject(this.repo, "other", "from-main", new ObjectCopyCreation().srcPath("src").srcRef("main"))
                .execute();
        assertThat(read("other", "from-main")).isEqualTo(CONTENT);
        failsWith(404, () -> this.objects.copyObject(this.repo, "main", "dst2",
                new ObjectCopyCreation().srcPath("no-such-src")).execute());
    }

    @Test
    @DisplayName("§4/§6.7 a shallow copy → 501 (the SDK 1.53.1 cannot send 'shallow', so raw)")
    void shallowCopyIsNotImplemented() {
        uploadRaw("main", "src", CONTENT.getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = this.http.send("POST", "/repositories/" + this.repo
                + "/branches/main/objects/copy?dest_path=dst", "{\"src_path\":\"src\",\"shallow\":true}"
                        .getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        assertThat(response.statusCode()).isEqualTo(501);
    }

}
