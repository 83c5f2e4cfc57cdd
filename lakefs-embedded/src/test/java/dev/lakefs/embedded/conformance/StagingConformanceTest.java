package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.StagingLocation;
import io.lakefs.clients.sdk.model.StagingMetadata;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §4 Staging (direct or presigned upload): getPhysicalAddress → PUT to storage → linkPhysicalAddress; issue 2:
 * the presigned URL is served by the embedded server itself and needs no lakeFS credentials.
 */
class StagingConformanceTest extends ConformanceTestSupport {

    private static final byte[] CONTENT = "staged through a presigned url".getBytes(StandardCharsets.UTF_8);

    @Test
    @DisplayName("§4 getPhysicalAddress → 200: a signed address inside the namespace (<ns>/data/<p>/<xid>,<sig>)")
    void physicalAddressIsSignedAndInsideNamespace() throws ApiException {
        ApiResponse<StagingLocation> response = this.staging.getPhysicalAddress(this.repo, "main", "direct")
                .executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(200);
        String address = response.getData().getPhysicalAddress();
        assertThat(address).startsWith(namespaceOf(this.repo) + "/data/").contains(",");
    }

    @Test
    @DisplayName("§4 presigned upload: PUT without credentials, then link → 200 ObjectStats echoing the address")
    void presignedUploadAndLink() throws ApiException {
        StagingLocation location = this.staging.getPhysicalAddress(this.repo, "main", "via-presign").presign(true)
                .execute();
        assertThat(location.getPresignedUrl()).isNotBlank();
        // §5.12: times are Unix seconds
        assertThat(location.getPresignedUrlExpiry()).isBetween(nowSeconds(), nowSeconds() + 7 * 86400);
        HttpResponse<byte[]> put = this.http.sendToUrl("PUT", location.getPresignedUrl(), CONTENT);
        assertThat(put.statusCode()).as(bodyOf(put)).isBetween(200, 299);
        // §4: "the checksum is trimmed of quotes"
        ApiResponse<ObjectStats> linked = this.staging.linkPhysicalAddress(this.repo, "main", "via-presign",
                new StagingMetadata().staging(location).checksum("\"" + md5Hex(CONTENT) + "\"")
                        .sizeBytes((long) CONTENT.length).contentType("text/plain")
                        .userMetadata(Map.of("origin", "presign")))
                .executeWithHttpInfo();
        assertThat(linked.getStatusCode()).isEqualTo(200);
        ObjectStats stats = linked.getData();
        assertThat(stats.getPhysicalAddress()).isEqualTo(location.getPhysicalAddress());
        assertThat(stats.getChecksum()).isEqualTo(md5Hex(CONTENT));
        assertThat(stats.getSizeBytes()).isEqualTo(CONTENT.length);
        assertThat(readBytes("main", "via-presign")).isEqualTo(CONTENT);
        ObjectStats stat = this.objects.statObject(this.repo, "main", "via-presign").execute();
        assertThat(stat.getContentType()).isEqualTo("text/plain");
        assertThat(stat.getMetadata()).containsEntry("origin", "presign");
        assertThat(this.branches.diffBranch(this.repo, "main").execute().getResults()).hasSize(1);
    }

    @Test
    @DisplayName("§4 link with a tampered signature or an unsigned in-namespace address → 400")
    void linkRejectsBadSignatures() throws ApiException {
        String address = this.staging.getPhysicalAddress(this.repo, "main", "x").execute().getPhysicalAddress();
        String unsigned = address.substring(0, address.lastIndexOf(','));
        String tampered = unsigned + ",AAAA" + address.substring(address.lastIndexOf(',') + 1);
        for (String bad : new String[] { unsigned, tampered }) {
            failsWith(400, () -> this.staging.linkPhysicalAddress(this.repo, "main", "x",
                    new StagingMetadata().staging(new StagingLocation().physicalAddress(bad)).checksum(md5Hex(CONTENT))
                            .sizeBytes((long) CONTENT.length)).execute());
        }
    }

    @Test
    @DisplayName("§4 link with an empty checksum → 400")
    void linkWithEmptyChecksumIsBadRequest() throws ApiException {
        StagingLocation location = this.staging.getPhysicalAddress(this.repo, "main", "x").execute();
        failsWith(400, () -> this.staging.linkPhysicalAddress(this.repo, "main", "x",
                new StagingMetadata().staging(location).checksum("").sizeBytes(1L)).execute());
    }

    @Test
    @DisplayName("§4 link with If-None-Match: * on an existing path → 412")
    void linkIfNoneMatchOnExistingPath() throws ApiException {
        uploadRaw("main", "taken", CONTENT);
        StagingLocation location = this.staging.getPhysicalAddress(this.repo, "main", "taken").presign(true).execute();
        this.http.sendToUrl("PUT", location.getPresignedUrl(), CONTENT);
        failsWith(412, () -> this.staging.linkPhysicalAddress(this.repo, "main", "taken",
                new StagingMetadata().staging(location).checksum(md5Hex(CONTENT)).sizeBytes((long) CONTENT.length))
                .ifNoneMatch("*").execute());
    }

    @Test
    @DisplayName("§5.11 a link outside the storage namespace needs no signature and is stored verbatim")
    void linkOutsideNamespaceIsStoredVerbatim() throws ApiException {
        String external = "mem://external-bucket/" + this.repo + "/blob.bin";
        this.server.storage().put(external, CONTENT);
        ObjectStats linked = this.staging.linkPhysicalAddress(this.repo, "main", "external",
                new StagingMetadata().staging(new StagingLocation().physicalAddress(external)).checksum(md5Hex(CONTENT))
                        .sizeBytes((long) CONTENT.length)).execute();
        assertThat(linked.getPhysicalAddress()).isEqualTo(external);
        assertThat(this.objects.statObject(this.repo, "main", "external").execute().getPhysicalAddress())
                .isEqualTo(external);
        assertThat(readBytes("main", "external")).isEqualTo(CONTENT);
    }

    @Test
    @DisplayName("§4 presigned multipart on a store without it (pre_sign_multipart_upload not true) → 501")
    void presignedMultipartUnsupported() throws ApiException {
        @SuppressWarnings("deprecation")
        Boolean supported = this.internal.getStorageConfig().execute().getPreSignMultipartUpload();
        assumeFalse(Boolean.TRUE.equals(supported),
                "the server advertises presigned multipart upload");
        ApiException ex = failsWith(501,
                () -> this.experimental.createPresignMultipartUpload(this.repo, "main", "big").parts(2).execute());
        assertThat(messageOf(ex)).contains("presign multipart upload API is not supported");
    }

    @Test
    @DisplayName("issue 2: a presigned URL whose signature was altered is refused (4xx), nothing is stored")
    void tamperedPresignedUrlIsRefused() throws ApiException {
        StagingLocation location = this.staging.getPhysicalAddress(this.repo, "main", "x").presign(true).execute();
        String url = location.getPresignedUrl();
        String tampered = url.substring(0, url.length() - 2) + (url.endsWith("AA") ? "BB" : "AA");
        HttpResponse<byte[]> put = this.http.sendToUrl("PUT", tampered, CONTENT);
        assertThat(put.statusCode()).isBetween(400, 499);
    }

}
