package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.ObjectStats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4 Objects (getObject, headObject, statObject, presigned reads), §5.10 ETag. */
class ObjectReadConformanceTest extends ConformanceTestSupport {

    private static final String CONTENT = "0123456789";

    @Test
    @DisplayName("§4/§5.10 getObject: body and headers ETag (quoted MD5), Content-Length, Content-Type, Last-Modified")
    void getObjectHeaders() throws ApiException {
        uploadRaw("main", "file.txt", CONTENT.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/plain");
        HttpResponse<byte[]> response = this.http.get(refObjectPath("main", "file.txt"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(bodyOf(response)).isEqualTo(CONTENT);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + md5Hex(CONTENT) + "\"");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(CONTENT.length()));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.headers().firstValue("Last-Modified")).hasValueSatisfying(lastModified -> assertThat(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond())
                .isBetween(nowSeconds() - 60, nowSeconds() + 60));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cacheControl -> assertThat(cacheControl).contains("no-store"));
        assertThat(read("main", "file.txt")).isEqualTo(CONTENT);
    }

    @Test
    @DisplayName("§4 Range a-b, a-, -n → 206 with Content-Range; an end past the size is clamped")
    void rangeRequests() throws ApiException {
        uploadRaw("main", "digits", CONTENT.getBytes(StandardCharsets.UTF_8));
        ApiResponse<File> sdk = this.objects.getObject(this.repo, "main", "digits").range("bytes=0-3")
                .executeWithHttpInfo();
        assertThat(sdk.getStatusCode()).isEqualTo(206);
        assertThat(consume(sdk.getData())).asString(StandardCharsets.UTF_8).isEqualTo("0123");
        assertRange("bytes=0-3", "0123", "bytes 0-3/10");
        assertRange("bytes=5-", "56789", "bytes 5-9/10");
        assertRange("bytes=-3", "789", "bytes 7-9/10");
        assertRange("bytes=8-100", "89", "bytes 8-9/10");
    }

    @Test
    @DisplayName("§4 an unsatisfiable Range → 416 with Content-Range bytes */size and an Error body")
    void unsatisfiableRange() {
        uploadRaw("main", "digits", CONTENT.getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = this.http.get(refObjectPath("main", "digits"), "Range", "bytes=10-20");
        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */10");
        assertThat(messageOf(response)).isNotBlank();
    }

    @Test
    @DisplayName("§4 several ranges are a bad range → 416")
    void multipleRangesAreBadRange() {
        uploadRaw("main", "digits", CONTENT.getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = this.http.get(refObjectPath("main", "digits"), "Range", "bytes=0-1,3-4");
        assertThat(response.statusCode()).isEqualTo(416);
    }

    @Test
    @DisplayName("§4 If-None-Match equal to the quoted ETag → 304 without ETag; a different one → 200")
    void ifNoneMatchGivesNotModified() {
        uploadRaw("main", "cached", CONTENT.getBytes(StandardCharsets.UTF_8));
        String etag = "\"" + md5Hex(CONTENT) + "\"";
        HttpResponse<byte[]> notModified = this.http.get(refObjectPath("main", "cached"), "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("ETag")).isEmpty();
        assertThat(notModified.body()).isEmpty();
        HttpResponse<byte[]> modified = this.http.get(refObjectPath("main", "cached"), "If-None-Match", "\"other\"");
        assertThat(modified.statusCode()).isEqualTo(200);
        assertThat(bodyOf(modified)).isEqualTo(CONTENT);
    }

    @Test
    @DisplayName("§4 HEAD: same headers, no body; Range → 206; 404 and 416 come with no body")
    void headObject() throws ApiException {
        uploadRaw("main", "digits", CONTENT.getBytes(StandardCharsets.UTF_8));
        assertThat(this.objects.headObject(this.repo, "main", "digits").executeWithHttpInfo().getStatusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> head = this.http.send("HEAD", refObjectPath("main", "digits"), null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).hasValue("\"" + md5Hex(CONTENT) + "\"");
        assertThat(head.headers().firstValue("Content-Length")).hasValue("10");
        HttpResponse<byte[]> ranged = this.http.send("HEAD", refObjectPath("main", "digits"), null, "Range",
                "bytes=0-3");
        assertThat(ranged.statusCode()).isEqualTo(206);
        assertThat(ranged.headers().firstValue("Content-Range")).hasValue("bytes 0-3/10");
        HttpResponse<byte[]> missing = this.http.send("HEAD", refObjectPath("main", "nope"), null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEmpty();
        HttpResponse<byte[]> unsatisfiable = this.http.send("HEAD", refObjectPath("main", "digits"), null, "Range",
                "bytes=50-60");
        assertThat(unsatisfiable.statusCode()).isEqualTo(416);
        assertThat(unsatisfiable.body()).isEmpty();
        failsWith(404, () -> this.objects.headObject(this.repo, "main", "nope").execute());
    }

    @Test
    @DisplayName("§4 missing objects, branches and repositories → 404 on get and stat")
    void missingThingsAreNotFound() {
        failsWith(404, () -> this.objects.statObject(this.repo, "main", "nope").execute());
        failsWith(404, () -> this.objects.getObject(this.repo, "main", "nope").execute());
        failsWith(404, () -> this.objects.statObject(this.repo, "no-branch", "nope").execute());
        failsWith(404, () -> this.objects.statObject("no-such-repo-z", "main", "nope").execute());
        HttpResponse<byte[]> upload = this.http.send("POST", objectPath("no-branch", "x"), new byte[] { 1 });
        assertThat(upload.statusCode()).isEqualTo(404);
        assertThat(messageOf(upload)).contains("not found");
    }

    @Test
    @DisplayName("§4 getObject presign=true → 302 to a URL that serves the bytes without lakeFS credentials")
    void presignedRead() throws ApiException {
        uploadRaw("main", "shared", CONTENT.getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> redirect = this.http.get(refObjectPath("main", "shared") + "&presign=true");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> fetched = this.http.sendToUrl("GET", location, null);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(bodyOf(fetched)).isEqualTo(CONTENT);
        // The SDK (OkHttp) follows the redirect itself
        assertThat(consume(this.objects.getObject(this.repo, "main", "shared").presign(true).execute()))
                .asString(StandardCharsets.UTF_8).isEqualTo(CONTENT);
    }

    @Test
    @DisplayName("§4 stat presign=true gives a physical_address that is a URL serving the bytes without credentials")
    void presignedStat() throws ApiException {
        uploadRaw("main", "shared", CONTENT.getBytes(StandardCharsets.UTF_8));
        ObjectStats stats = this.objects.statObject(this.repo, "main", "shared").presign(true).execute();
        assertThat(stats.getPhysicalAddress()).startsWith("http");
        HttpResponse<byte[]> fetched = this.http.sendToUrl("GET", stats.getPhysicalAddress(), null);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(bodyOf(fetched)).isEqualTo(CONTENT);
    }

    private void assertRange(String range, String expectedBody, String expectedContentRange) {
        HttpResponse<byte[]> response = this.http.get(refObjectPath("main", "digits"), "Range", range);
        assertThat(response.statusCode()).as(range).isEqualTo(206);
        assertThat(bodyOf(response)).as(range).isEqualTo(expectedBody);
        assertThat(response.headers().firstValue("Content-Range")).as(range).hasValue(expectedContentRange);
        assertThat(response.headers().firstValue("Content-Length")).as(range)
                .hasValue(String.valueOf(expectedBody.length()));
    }

}
