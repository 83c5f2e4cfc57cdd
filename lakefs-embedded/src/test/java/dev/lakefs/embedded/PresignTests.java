package dev.lakefs.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Staging and presigned URLs, SEMANTICS.md §4 "Staging". */
class PresignTests extends EmbeddedServerTestSupport {

    private final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("§4 presigned upload: getPhysicalAddress(presign) → PUT with no credentials → link → readable")
    void presignedUploadAndLink() throws Exception {
        JsonNode location = this.http.get(repo("/branches/main/staging/backing?path=up.txt&presign=true")).json();
        String address = location.path("physical_address").asString();
        assertThat(address).contains(",");
        assertThat(location.path("presigned_url_expiry").asLong()).isGreaterThan(System.currentTimeMillis() / 1000);
        HttpResponse<String> put = this.plain.send(HttpRequest
            .newBuilder(URI.create(location.path("presigned_url").asString()))
            .PUT(HttpRequest.BodyPublishers.ofString("direct bytes"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        String etag = put.headers().firstValue("ETag").orElseThrow();
        LakeFSHttp.Response linked = this.http.put(repo("/branches/main/staging/backing?path=up.txt"),
                "{\"staging\":{\"physical_address\":\"" + address + "\"},\"checksum\":" + quoteJson(etag)
                        + ",\"size_bytes\":12}");
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.json().path("physical_address").asString()).isEqualTo(address);
        assertThat(linked.json().path("checksum").asString()).isEqualTo(etag.replace("\"", ""));
        assertThat(this.http.read(this.repository, "main", "up.txt")).isEqualTo("direct bytes");
        assertThat(lakeFS.recordedRequests()).filteredOn(request -> request.path().startsWith("/_lakefs_embedded"))
            .isNotEmpty()
            .allSatisfy(request -> assertThat(request.headers()).doesNotContainKey("authorization"));
    }

    @Test
    @DisplayName("§4 link checks the address signature: unsigned or tampered addresses are 400; empty checksum 400")
    void linkChecksSignature() {
        String address = this.http.get(repo("/branches/main/staging/backing?path=x")).json().path("physical_address")
            .asString();
        String unsigned = address.substring(0, address.lastIndexOf(','));
        assertThat(link(unsigned, "abc").status()).isEqualTo(400);
        assertThat(link(unsigned + ",AAAA", "abc").status()).isEqualTo(400);
        assertThat(link(tampered(address), "abc").status()).isEqualTo(400);
        assertThat(link(address, "").status()).isEqualTo(400);
        assertThat(link(address, "abc").status()).isEqualTo(200);
        assertThat(link("mem://elsewhere/outside/namespace", "abc").status()).as("outside the namespace: verbatim")
            .isEqualTo(200);
    }

    /**
     * The address with the first character of its signature changed: always another signature, where changing the
     * last characters could leave the decoded bytes as they were (the last base64 character carries padding bits).
     */
    private static String tampered(String address) {
        int first = address.lastIndexOf(',') + 1;
        char replacement = (address.charAt(first) == 'A') ? 'B' : 'A';
        return address.substring(0, first) + replacement + address.substring(first + 1);
    }

    @Test
    @DisplayName("§4 getObject?presign=true answers 302 to a URL that serves the bytes without credentials")
    void presignedRead() throws Exception {
        this.http.upload(this.repository, "main", "r.txt", "read me");
        LakeFSHttp.Response redirect = this.http.get(objectPath("main", "r.txt") + "&presign=true");
        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.header("Location");
        HttpResponse<String> read = this.plain.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("read me");
        HttpResponse<String> tampered = this.plain.send(
                HttpRequest.newBuilder(URI.create(location.replace("method=GET", "method=PUT"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tampered.statusCode()).isIn(403, 405);
    }

    @Test
    @DisplayName("§4 stat and ls with presign=true give an http(s) physical_address and its expiry")
    void presignedStat() throws Exception {
        this.http.upload(this.repository, "main", "s.txt", "stat me");
        JsonNode stat = this.http.get(repo("/refs/main/objects/stat?path=s.txt&presign=true")).json();
        String url = stat.path("physical_address").asString();
        assertThat(url).startsWith(lakeFS.url());
        assertThat(stat.path("physical_address_expiry").asLong()).isPositive();
        assertThat(this.plain.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("stat me");
        JsonNode listed = this.http.get(repo("/refs/main/objects/ls?presign=true")).json().path("results").get(0);
        assertThat(listed.path("physical_address").asString()).startsWith(lakeFS.url());
    }

    @Test
    @DisplayName("presigned URLs expire")
    void presignedUrlsExpire() throws Exception {
        try (EmbeddedLakeFS shortLived = EmbeddedLakeFS.builder().presignExpiry(Duration.ofSeconds(1)).build()
            .start()) {
            LakeFSHttp client = new LakeFSHttp(shortLived);
            String repositoryId = shortLived.createRepository("expiring", "main");
            client.upload(repositoryId, "main", "e", "expiring");
            String location = client.get("/repositories/expiring/refs/main/objects?path=e&presign=true")
                .header("Location");
            long expires = Long.parseLong(location.replaceAll(".*expires=(\\d+).*", "$1"));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> System.currentTimeMillis() / 1000 > expires);
            assertThat(this.plain.send(HttpRequest.newBuilder(URI.create(location)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        }
    }

    private LakeFSHttp.Response link(String address, String checksum) {
        return this.http.put(repo("/branches/main/staging/backing?path=linked"),
                "{\"staging\":{\"physical_address\":\"" + address + "\"},\"checksum\":\"" + checksum
                        + "\",\"size_bytes\":3}");
    }

    private static String quoteJson(String value) {
        return LakeFSHttp.JSON.writeValueAsString(value);
    }

}
