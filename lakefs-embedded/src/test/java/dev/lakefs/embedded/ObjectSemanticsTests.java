package dev.lakefs.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Objects, SEMANTICS.md §4 "Objects", §5.3, §5.10-§5.12. */
class ObjectSemanticsTests extends EmbeddedServerTestSupport {

    private static final String TEXT = "hello, lakeFS";

    @Test
    @DisplayName("§4/§5.10 upload answers 201 ObjectStats; checksum is the hex MD5; objects are visible before commit")
    void uploadRaw() throws Exception {
        LakeFSHttp.Response response = this.http.upload(this.repository, "main", "dir/file.txt", TEXT);
        assertThat(response.status()).isEqualTo(201);
        JsonNode stats = response.json();
        assertThat(stats.path("path").asString()).isEqualTo("dir/file.txt");
        assertThat(stats.path("path_type").asString()).isEqualTo("object");
        assertThat(stats.path("checksum").asString()).isEqualTo(md5(TEXT));
        assertThat(stats.path("size_bytes").asLong()).isEqualTo(TEXT.length());
        assertThat(stats.path("content_type").asString()).isEqualTo("text/plain");
        assertThat(stats.path("mtime").asLong()).isPositive();
        assertThat(this.http.read(this.repository, "main", "dir/file.txt")).isEqualTo(TEXT);
    }

    @Test
    @DisplayName("§5.11 physical addresses live in the storage namespace under data/")
    void physicalAddress() {
        String namespace = this.http.get(repo("")).json().path("storage_namespace").asString();
        String address = this.http.upload(this.repository, "main", "f", TEXT).json().path("physical_address")
            .asString();
        assertThat(address).startsWith(namespace + "/data/");
    }

    @Test
    @DisplayName("§4 a raw upload without Content-Type is application/octet-stream")
    void defaultContentType() {
        LakeFSHttp.Response response = this.http
            .call("POST", repo("/branches/main/objects?path=bin"))
            .body(new byte[] { 1, 2, 3 }, "")
            .send();
        assertThat(response.json().path("content_type").asString()).isIn("application/octet-stream", "");
    }

    @Test
    @DisplayName("§4 a multipart upload takes the 'content' part and its Content-Type")
    void uploadMultipart() {
        String boundary = "----lakefs-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"other\"\r\n\r\nignored\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"content\"; filename=\"data.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "a,b\r\n1,2"
                + "\r\n--" + boundary + "--\r\n";
        LakeFSHttp.Response response = this.http.call("POST", repo("/branches/main/objects?path=data.csv"))
            .body(body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary)
            .send();
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("content_type").asString()).isEqualTo("text/csv");
        assertThat(this.http.read(this.repository, "main", "data.csv")).isEqualTo("a,b\r\n1,2");
    }

    @Test
    @DisplayName("§4 a multipart body without a 'content' part is 500 \"missing key 'content'\"")
    void multipartWithoutContent() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--b--\r\n";
        LakeFSHttp.Response response = this.http.call("POST", repo("/branches/main/objects?path=x"))
            .body(body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=b")
            .send();
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.message()).contains("missing key 'content'");
    }

    @Test
    @DisplayName("a multipart body cut before its closing boundary is a 400 and stages nothing")
    void truncatedMultipart() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nno closing boundary";
        LakeFSHttp.Response response = this.http.call("POST", repo("/branches/main/objects?path=cut"))
            .body(body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=b")
            .send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(this.http.get(objectPath("main", "cut")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§4 X-Lakefs-Meta-* headers become user metadata with lower-cased keys; stat always has metadata")
    void userMetadata() {
        this.http.call("POST", repo("/branches/main/objects?path=m"))
            .header("X-Lakefs-Meta-Owner", "Data Team")
            .body(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain")
            .send();
        this.http.upload(this.repository, "main", "plain", TEXT);
        assertThat(this.http.get(repo("/refs/main/objects/stat?path=m")).json().path("metadata").path("owner")
            .asString()).isEqualTo("Data Team");
        JsonNode plain = this.http.get(repo("/refs/main/objects/stat?path=plain")).json();
        assertThat(plain.path("metadata").isObject()).isTrue();
        assertThat(plain.path("metadata").size()).isZero();
    }

    @Test
    @DisplayName("§4 updateObjectUserMetadata replaces the metadata")
    void updateMetadata() {
        this.http.upload(this.repository, "main", "m", TEXT);
        LakeFSHttp.Response response = this.http.put(repo("/branches/main/objects/stat/user_metadata?path=m"),
                "{\"set\":{\"k\":\"v\"}}");
        assertThat(response.status()).isBetween(200, 204);
        assertThat(this.http.get(repo("/refs/main/objects/stat?path=m")).json().path("metadata").path("k").asString())
            .isEqualTo("v");
        assertThat(this.http.put(repo("/branches/main/objects/stat/user_metadata?path=none"), "{\"set\":{}}").status())
            .isEqualTo(404);
    }

    @Test
    @DisplayName("§4 If-None-Match: * on an existing path is 412; other conditions are 501")
    void conditionalUpload() {
        this.http.upload(this.repository, "main", "exists", TEXT);
        assertThat(uploadWith("exists", "If-None-Match", "*").status()).isEqualTo(412);
        assertThat(uploadWith("fresh", "If-None-Match", "*").status()).isEqualTo(201);
        assertThat(uploadWith("fresh", "If-None-Match", "\"abc\"").status()).isEqualTo(501);
        assertThat(uploadWith("fresh", "If-Match", "\"abc\"").status()).isEqualTo(501);
        this.http.delete(repo("/branches/main/objects?path=exists"));
        assertThat(uploadWith("exists", "If-None-Match", "*").status()).as("tombstoned").isEqualTo(201);
    }

    @Test
    @DisplayName("§4 getObject headers: quoted ETag, Last-Modified, Content-Type, Content-Disposition, Cache-Control")
    void getHeaders() throws Exception {
        this.http.upload(this.repository, "main", "h.txt", TEXT);
        LakeFSHttp.Response response = this.http.get(objectPath("main", "h.txt"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"" + md5(TEXT) + "\"");
        assertThat(response.header("Last-Modified")).endsWith("GMT");
        assertThat(response.header("Content-Type")).isEqualTo("text/plain");
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(TEXT.length()));
        assertThat(response.header("Content-Disposition")).isNotBlank();
        assertThat(response.header("Cache-Control")).isEqualTo("no-store, must-revalidate");
    }

    @Test
    @DisplayName("§4 If-None-Match with the ETag answers 304 without an ETag header")
    void notModified() throws Exception {
        this.http.upload(this.repository, "main", "h", TEXT);
        LakeFSHttp.Response response = this.http.call("GET", objectPath("main", "h"))
            .header("If-None-Match", "\"" + md5(TEXT) + "\"")
            .send();
        assertThat(response.status()).isEqualTo(304);
        assertThat(response.header("ETag")).isNull();
    }

    @Test
    @DisplayName("§4 Range: a-b, a- and -n give 206 with Content-Range; an end past the size is clamped")
    void ranges() {
        this.http.upload(this.repository, "main", "r", "0123456789");
        assertRange("bytes=2-4", "234", "bytes 2-4/10");
        assertRange("bytes=7-", "789", "bytes 7-9/10");
        assertRange("bytes=-3", "789", "bytes 7-9/10");
        assertRange("bytes=8-100", "89", "bytes 8-9/10");
    }

    @Test
    @DisplayName("§4 an unsatisfiable range is 416 with Content-Range bytes */size; a malformed one 400")
    void badRanges() {
        this.http.upload(this.repository, "main", "r", "0123456789");
        LakeFSHttp.Response unsatisfiable = this.http.call("GET", objectPath("main", "r"))
            .header("Range", "bytes=10-20")
            .send();
        assertThat(unsatisfiable.status()).isEqualTo(416);
        assertThat(unsatisfiable.header("Content-Range")).isEqualTo("bytes */10");
        assertThat(unsatisfiable.message()).isNotEmpty();
        assertThat(this.http.call("GET", objectPath("main", "r")).header("Range", "lines=1-2").send().status())
            .isEqualTo(400);
    }

    @Test
    @DisplayName("§4 a Range position beyond long is 416, as lakeFS answers any range it cannot parse")
    void rangeBeyondLong() {
        this.http.upload(this.repository, "main", "r", "0123456789");
        for (String range : List.of("bytes=99999999999999999999-", "bytes=0-99999999999999999999",
                "bytes=-99999999999999999999")) {
            LakeFSHttp.Response response = this.http.call("GET", objectPath("main", "r")).header("Range", range).send();
            assertThat(response.status()).as(range).isEqualTo(416);
            assertThat(response.header("Content-Range")).as(range).isEqualTo("bytes */10");
        }
    }

    @Test
    @DisplayName("§4 HEAD gives the same headers with no body; 404 has no body either")
    void head() {
        this.http.upload(this.repository, "main", "h", TEXT);
        LakeFSHttp.Response head = this.http.call("HEAD", objectPath("main", "h")).send();
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(TEXT.length()));
        assertThat(head.header("ETag")).isNotNull();
        LakeFSHttp.Response missing = this.http.call("HEAD", objectPath("main", "none")).send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEmpty();
        assertThat(this.http.call("HEAD", objectPath("main", "h")).header("Range", "bytes=0-1").send().status())
            .isEqualTo(206);
    }

    @Test
    @DisplayName("§4 reading a missing object is 404; a missing path parameter 400")
    void missingObject() {
        assertThat(this.http.get(objectPath("main", "nothing")).status()).isEqualTo(404);
        assertThat(this.http.get(repo("/refs/main/objects/stat?path=nothing")).status()).isEqualTo(404);
        assertThat(this.http.get(repo("/refs/main/objects")).status()).isEqualTo(400);
        assertThat(this.http.get(repo("/refs/main/objects/stat?path=")).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§4 listing is recursive without a delimiter; with one, common prefixes end with it")
    void listing() {
        for (String path : List.of("a/1", "a/2", "b/c/3", "top")) {
            this.http.upload(this.repository, "main", path, path);
        }
        assertThat(paths(this.http.get(repo("/refs/main/objects/ls")).json())).containsExactly("a/1", "a/2", "b/c/3",
                "top");
        JsonNode delimited = this.http.get(repo("/refs/main/objects/ls?delimiter=/")).json();
        assertThat(paths(delimited)).containsExactly("a/", "b/", "top");
        JsonNode prefix = delimited.path("results").get(0);
        assertThat(prefix.path("path_type").asString()).isEqualTo("common_prefix");
        assertThat(prefix.path("checksum").asString()).isEmpty();
        assertThat(prefix.path("physical_address").asString()).isEmpty();
        assertThat(prefix.path("mtime").asLong()).isZero();
        assertThat(paths(this.http.get(repo("/refs/main/objects/ls?delimiter=/&prefix=b/")).json()))
            .containsExactly("b/c/");
    }

    @Test
    @DisplayName("§3/§6.2 listing pages with amount/after; results counts the page; next_offset is the last path")
    void listingPages() {
        for (int i = 0; i < 11; i++) {
            this.http.upload(this.repository, "main", "f" + (char) ('a' + i), "x");
        }
        JsonNode all = this.http.get(repo("/refs/main/objects/ls")).json();
        assertThat(all.path("pagination").path("results").asInt()).isEqualTo(11);
        assertThat(all.path("pagination").path("has_more").asBoolean()).isFalse();
        JsonNode first = this.http.get(repo("/refs/main/objects/ls?amount=5")).json();
        assertThat(first.path("pagination").path("has_more").asBoolean()).isTrue();
        assertThat(first.path("pagination").path("next_offset").asString()).isEqualTo("fe");
        JsonNode second = this.http.get(repo("/refs/main/objects/ls?amount=5&after=fe")).json();
        assertThat(paths(second)).containsExactly("ff", "fg", "fh", "fi", "fj");
        JsonNode afterPrefix = this.http.get(repo("/refs/main/objects/ls?delimiter=/&after=fj")).json();
        assertThat(paths(afterPrefix)).containsExactly("fk");
    }

    @Test
    @DisplayName("§4/§6.4 deleting staged or committed objects is 204 and then 404; a missing object is still 204")
    void delete() {
        this.http.upload(this.repository, "main", "committed", TEXT);
        this.http.commit(this.repository, "main", "c");
        this.http.upload(this.repository, "main", "staged", TEXT);
        assertThat(this.http.delete(repo("/branches/main/objects?path=committed")).status()).isEqualTo(204);
        assertThat(this.http.delete(repo("/branches/main/objects?path=staged")).status()).isEqualTo(204);
        assertThat(this.http.delete(repo("/branches/main/objects?path=never")).status()).isEqualTo(204);
        assertThat(this.http.get(objectPath("main", "committed")).status()).isEqualTo(404);
        assertThat(this.http.get(objectPath("main", "staged")).status()).isEqualTo(404);
        assertThat(this.http.delete("/repositories/" + this.repository + "/branches/nope/objects?path=x").status())
            .isEqualTo(404);
    }

    @Test
    @DisplayName("§4 delete with no_tombstone drops only the staged version: the committed object shows again")
    void deleteWithoutTombstone() {
        this.http.upload(this.repository, "main", "kept", "committed");
        this.http.commit(this.repository, "main", "c");
        this.http.upload(this.repository, "main", "kept", "staged");
        assertThat(this.http.delete(repo("/branches/main/objects?path=kept&no_tombstone=true")).status())
            .isEqualTo(204);
        assertThat(this.http.read(this.repository, "main", "kept")).isEqualTo("committed");
    }

    @Test
    @DisplayName("§4 bulk delete answers 200 {errors: []}; missing paths are not errors; more than 1000 paths is 400")
    void bulkDelete() {
        this.http.upload(this.repository, "main", "a", TEXT);
        this.http.upload(this.repository, "main", "b", TEXT);
        LakeFSHttp.Response response = this.http.post(repo("/branches/main/objects/delete"),
                "{\"paths\":[\"a\",\"b\",\"missing\",\"\"]}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("errors").isArray()).isTrue();
        assertThat(response.json().path("errors").size()).isZero();
        assertThat(this.http.get(objectPath("main", "a")).status()).isEqualTo(404);
        StringBuilder many = new StringBuilder("{\"paths\":[");
        for (int i = 0; i <= 1000; i++) {
            many.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
        }
        assertThat(this.http.post(repo("/branches/main/objects/delete"), many.append("]}").toString()).status())
            .isEqualTo(400);
    }

    @Test
    @DisplayName("§4/§6.7 copy answers 201 with the same checksum; from another ref too; shallow copy is 501")
    void copy() {
        String checksum = this.http.upload(this.repository, "main", "src", TEXT).json().path("checksum").asString();
        this.http.commit(this.repository, "main", "c");
        this.http.createBranch(this.repository, "other", "main");
        LakeFSHttp.Response copied = this.http.post(repo("/branches/main/objects/copy?dest_path=dst"),
                "{\"src_path\":\"src\"}");
        assertThat(copied.status()).isEqualTo(201);
        assertThat(copied.json().path("checksum").asString()).isEqualTo(checksum);
        assertThat(this.http.read(this.repository, "main", "dst")).isEqualTo(TEXT);
        assertThat(this.http.post(repo("/branches/other/objects/copy?dest_path=x"),
                "{\"src_path\":\"src\",\"src_ref\":\"main\"}").status()).isEqualTo(201);
        assertThat(this.http.post(repo("/branches/main/objects/copy?dest_path=d2"),
                "{\"src_path\":\"src\",\"shallow\":true}").status()).isEqualTo(501);
        assertThat(this.http.post(repo("/branches/main/objects/copy?dest_path=d3"), "{\"src_path\":\"none\"}")
            .status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§5.3 paths are not normalised and may hold any characters")
    void pathsAreOpaque() {
        for (String path : List.of("a//b", "./dot", "spaces and ünïcode ✓", "trailing/")) {
            assertThat(this.http.upload(this.repository, "main", path, path).status()).as(path).isEqualTo(201);
            assertThat(this.http.read(this.repository, "main", path)).isEqualTo(path);
        }
        assertThat(this.http.upload(this.repository, "main", "x".repeat(1025), "x").status()).isEqualTo(400);
    }

    private LakeFSHttp.Response uploadWith(String path, String header, String value) {
        return this.http.call("POST", repo("/branches/main/objects?path=" + path))
            .header(header, value)
            .body(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain")
            .send();
    }

    private void assertRange(String range, String body, String contentRange) {
        LakeFSHttp.Response response = this.http.call("GET", objectPath("main", "r")).header("Range", range).send();
        assertThat(response.status()).as(range).isEqualTo(206);
        assertThat(response.text()).isEqualTo(body);
        assertThat(response.header("Content-Range")).isEqualTo(contentRange);
    }

    private static List<String> paths(JsonNode list) {
        List<String> paths = new ArrayList<>();
        list.path("results").forEach(item -> paths.add(item.path("path").asString()));
        return paths;
    }

    static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
