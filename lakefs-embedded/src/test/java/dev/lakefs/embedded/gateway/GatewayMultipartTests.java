package dev.lakefs.embedded.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.lakefs.clients.sdk.model.ObjectStats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartCopyResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multipart uploads as lakeFS's gateway and mem block adapter handle them: the completed object's ETag is the MD5
 * of the whole content, parts joined in part-number order.
 */
class GatewayMultipartTests extends GatewayTestSupport {

    private static final int MIB = 1024 * 1024;

    @Test
    @DisplayName("create, upload parts, list parts, complete: one object with the MD5 ETag, creation's type and metadata")
    void uploadAndComplete() throws Exception {
        CreateMultipartUploadResponse created = this.s3.createMultipartUpload((request) -> request
            .bucket(this.repository).key("main/mpu.txt").contentType("text/plain").metadata(Map.of("m", "1")));
        assertThat(created.uploadId()).matches("[0-9a-f]{32}");
        assertThat(created.key()).isEqualTo("main/mpu.txt");
        String uploadId = created.uploadId();
        String etag1 = uploadPart("main/mpu.txt", uploadId, 1, "hello, ");
        String etag2 = uploadPart("main/mpu.txt", uploadId, 2, "multipart");
        assertThat(etag1).isEqualTo("\"" + md5("hello, ") + "\"");
        ListPartsResponse parts = this.s3.listParts((request) -> request.bucket(this.repository).key("main/mpu.txt")
            .uploadId(uploadId));
        assertThat(parts.parts()).extracting(Part::partNumber).containsExactly(1, 2);
        assertThat(parts.parts()).extracting(Part::size).containsExactly(7L, 9L);
        assertThat(parts.parts().get(1).eTag()).contains(md5("multipart"));
        assertThat(this.s3.listMultipartUploads((request) -> request.bucket(this.repository)).uploads())
            .extracting(MultipartUpload::uploadId).contains(uploadId);
        String etag = this.s3.completeMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/mpu.txt").uploadId(uploadId).multipartUpload((upload) -> upload.parts(
                    CompletedPart.builder().partNumber(1).eTag(etag1).build(),
                    CompletedPart.builder().partNumber(2).eTag(etag2).build())))
            .eTag();
        assertThat(etag).isEqualTo("\"" + md5("hello, multipart") + "\"");
        assertThat(get("main/mpu.txt")).isEqualTo("hello, multipart");
        ObjectStats stats = this.objects.statObject(this.repository, "main", "mpu.txt").execute();
        assertThat(stats.getChecksum()).isEqualTo(md5("hello, multipart"));
        assertThat(stats.getContentType()).isEqualTo("text/plain");
        assertThat(stats.getMetadata()).containsEntry("X-Amz-Meta-m", "1");
        assertThat(this.s3.listMultipartUploads((request) -> request.bucket(this.repository)).uploads()).isEmpty();
    }

    @Test
    @DisplayName("abort answers 204 and ends the upload: its parts then fail as lakeFS fails them")
    void abort() {
        String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/aborted.txt")).uploadId();
        uploadPart("main/aborted.txt", uploadId, 1, "part");
        assertThat(this.s3.abortMultipartUpload((request) -> request.bucket(this.repository).key("main/aborted.txt")
            .uploadId(uploadId)).sdkHttpResponse().statusCode()).isEqualTo(204);
        // lakeFS's tracker lookup fails: an internal error for parts, NoSuchKey for abort.
        S3Exception part = s3Error(() -> uploadPart("main/aborted.txt", uploadId, 2, "late"));
        assertThat(part.statusCode()).isEqualTo(500);
        assertThat(part.awsErrorDetails().errorCode()).isEqualTo("InternalError");
        S3Exception again = s3Error(() -> this.s3.abortMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/aborted.txt").uploadId(uploadId)));
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.awsErrorDetails().errorCode()).isEqualTo("NoSuchKey");
        assertThat(s3Error(() -> get("main/aborted.txt")).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("UploadPartCopy copies a byte range of an object at any ref")
    void uploadPartCopy() throws Exception {
        put("main/source.txt", "0123456789");
        String commitId = commit("main", "source").getId();
        String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/assembled.txt")).uploadId();
        UploadPartCopyResponse copied = this.s3.uploadPartCopy((request) -> request.sourceBucket(this.repository)
            .sourceKey(commitId + "/source.txt").copySourceRange("bytes=2-4").destinationBucket(this.repository)
            .destinationKey("main/assembled.txt").uploadId(uploadId).partNumber(1));
        assertThat(copied.copyPartResult().eTag()).contains(md5("234"));
        uploadPart("main/assembled.txt", uploadId, 2, "!");
        this.s3.completeMultipartUpload((request) -> request.bucket(this.repository).key("main/assembled.txt")
            .uploadId(uploadId).multipartUpload((upload) -> upload.parts(
                    CompletedPart.builder().partNumber(1).eTag(copied.copyPartResult().eTag()).build(),
                    CompletedPart.builder().partNumber(2).eTag("\"" + md5("!") + "\"").build())));
        assertThat(get("main/assembled.txt")).isEqualTo("234!");
    }

    @Test
    @DisplayName("complete with If-None-Match: * on an existing path is PreconditionFailed 412")
    void completeIfAbsent() {
        put("main/exists.txt", "x");
        String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/exists.txt")).uploadId();
        String etag = uploadPart("main/exists.txt", uploadId, 1, "y");
        S3Exception error = s3Error(() -> this.s3.completeMultipartUpload((request) -> request
            .bucket(this.repository).key("main/exists.txt").uploadId(uploadId).ifNoneMatch("*")
            .multipartUpload((upload) -> upload.parts(CompletedPart.builder().partNumber(1).eTag(etag).build()))));
        assertThat(error.statusCode()).isEqualTo(412);
        assertThat(get("main/exists.txt")).isEqualTo("x");
    }

    @Test
    @DisplayName("part numbers run from 1 to 10000 (InvalidArgument 400); creation metadata over 2 KiB is MetadataTooLarge")
    void bounds() {
        String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/bounds.txt")).uploadId();
        for (int number : new int[] { 0, 10_001 }) {
            S3Exception error = s3Error(() -> uploadPart("main/bounds.txt", uploadId, number, "x"));
            assertThat(error.statusCode()).as("part %d", number).isEqualTo(400);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
        }
        uploadPart("main/bounds.txt", uploadId, 10_000, "last");
        S3Exception metadata = s3Error(() -> this.s3.createMultipartUpload((request) -> request
            .bucket(this.repository).key("main/meta.txt").metadata(Map.of("k", "v".repeat(2048)))));
        assertThat(metadata.awsErrorDetails().errorCode()).isEqualTo("MetadataTooLarge");
        this.s3.abortMultipartUpload((request) -> request.bucket(this.repository).key("main/bounds.txt")
            .uploadId(uploadId));
    }

    @Test
    @DisplayName("at most 1000 uploads are in progress at once: the next is SlowDown 503 until one ends")
    void uploadsAreBounded() {
        List<String> created = new ArrayList<>();
        S3Exception refused = null;
        while (refused == null && created.size() <= 1000) {
            try {
                created.add(this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
                    .key("main/many.txt")).uploadId());
            }
            catch (S3Exception ex) {
                refused = ex;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
        assertThat(created.size()).isLessThanOrEqualTo(1000);
        created.forEach(uploadId -> this.s3.abortMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/many.txt").uploadId(uploadId)));
        assertThat(this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/many.txt")).uploadId()).isNotEmpty();
    }

    @Test
    @DisplayName("a 64 MiB upload in 8 parts streams through (bounded memory on both sides) and reads back intact")
    void largeUpload() throws Exception {
        long partSize = 8L * MIB;
        int partCount = 8;
        String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/large.bin")).uploadId();
        MessageDigest whole = MessageDigest.getInstance("MD5");
        CompletedPart[] parts = new CompletedPart[partCount];
        for (int i = 0; i < partCount; i++) {
            int number = i + 1;
            long seed = number;
            String etag = this.s3.uploadPart((request) -> request.bucket(this.repository).key("main/large.bin")
                .uploadId(uploadId).partNumber(number).contentLength(partSize),
                    RequestBody.fromContentProvider(() -> new GeneratedStream(seed, partSize),
                            partSize, "application/octet-stream"))
                .eTag();
            try (InputStream in = new DigestInputStream(new GeneratedStream(seed, partSize), whole)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            parts[i] = CompletedPart.builder().partNumber(number).eTag(etag).build();
        }
        String expected = HexFormat.of().formatHex(whole.digest());
        String etag = this.s3.completeMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/large.bin").uploadId(uploadId).multipartUpload((upload) -> upload.parts(parts))).eTag();
        assertThat(etag).isEqualTo("\"" + expected + "\"");
        MessageDigest read = MessageDigest.getInstance("MD5");
        try (ResponseInputStream<GetObjectResponse> in = this.s3.getObject((request) -> request
            .bucket(this.repository).key("main/large.bin"))) {
            assertThat(in.response().contentLength()).isEqualTo(partSize * partCount);
            new DigestInputStream(in, read).transferTo(OutputStream.nullOutputStream());
        }
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(expected);
        assertThat(this.objects.statObject(this.repository, "main", "large.bin").execute().getSizeBytes())
            .isEqualTo(partSize * partCount);
    }

    private String uploadPart(String key, String uploadId, int number, String content) {
        return this.s3.uploadPart((request) -> request.bucket(this.repository).key(key).uploadId(uploadId)
            .partNumber(number), RequestBody.fromString(content)).eTag();
    }

    /** Pseudo-random bytes from a seed, generated as read: nothing held but a small buffer. */
    private static final class GeneratedStream extends InputStream {

        private final SplittableRandom random;

        private long remaining;

        GeneratedStream(long seed, long length) {
            this.random = new SplittableRandom(seed);
            this.remaining = length;
        }

        @Override
        public int read() {
            if (this.remaining <= 0) {
                return -1;
            }
            this.remaining--;
            return this.random.nextInt(256);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (this.remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, this.remaining);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) this.random.nextInt(256);
            }
            this.remaining -= count;
            return count;
        }
    }
}
