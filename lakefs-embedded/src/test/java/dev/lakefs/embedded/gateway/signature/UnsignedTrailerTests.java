package dev.lakefs.embedded.gateway.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.checksums.spi.ChecksumAlgorithm;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

import static dev.lakefs.embedded.gateway.signature.AwsChunkedTests.ascii;
import static dev.lakefs.embedded.gateway.signature.AwsChunkedTests.assertDecodingRefused;
import static dev.lakefs.embedded.gateway.signature.AwsChunkedTests.indexOf;
import static dev.lakefs.embedded.gateway.signature.AwsChunkedTests.randomBytes;
import static dev.lakefs.embedded.gateway.signature.SigV4HeaderTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** STREAMING-UNSIGNED-PAYLOAD-TRAILER: aws-chunked without chunk signatures, with a trailing checksum (lakeFS 1.56+). */
class UnsignedTrailerTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "CRC32", "CRC32C", "SHA1", "SHA256" })
    @DisplayName("the SDK's chunked encoder with each trailing checksum lakeFS supports round-trips")
    void sdkTrailer(String algorithm) throws IOException {
        byte[] body = randomBytes(200_000);
        SignedRequest request = sdkTrailer(body, algorithm(algorithm));
        assertThat(request.headers().getFirst("x-amz-content-sha256")).isEqualTo("STREAMING-UNSIGNED-PAYLOAD-TRAILER");
        assertThat(request.headers().getFirst("x-amz-trailer"))
            .isEqualTo("x-amz-checksum-" + algorithm.toLowerCase(java.util.Locale.ROOT));
        VerifiedRequest verified = SdkSigning.verifier().verify(request);
        assertThat(verified.decodedContentLength()).isEqualTo(body.length);
        assertThat(verified.payload().readAllBytes()).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "CRC32", "CRC32C", "SHA1", "SHA256" })
    @DisplayName("a changed data byte or trailer value fails at the end: InternalError 500, as lakeFS's PutObject")
    void corruptTrailer(String algorithm) throws IOException {
        byte[] body = randomBytes(1000);
        SignedRequest request = sdkTrailer(body, algorithm(algorithm));
        byte[] sent = SdkSigning.sentBody(request);
        byte[] corruptData = sent.clone();
        corruptData[indexOf(sent, "\r\n") + 10] ^= 1;
        assertDecodingRefused(request, corruptData, "InternalError", 500);
        byte[] corruptTrailer = sent.clone();
        int value = indexOf(sent, "x-amz-checksum-") + ("x-amz-checksum-" + algorithm + ":").length();
        corruptTrailer[value] = (byte) ((corruptTrailer[value] == 'A') ? 'B' : 'A');
        assertDecodingRefused(request, corruptTrailer, "InternalError", 500);
    }

    @Test
    @DisplayName("a trailer other than x-amz-trailer names, or a missing trailer: InternalError 500")
    void wrongTrailer() throws IOException {
        byte[] body = "0123456789".getBytes(StandardCharsets.US_ASCII);
        SignedRequest request = sdkTrailer(body, DefaultChecksumAlgorithm.CRC32);
        String crc32c = base64(DefaultChecksumAlgorithm.CRC32C, body);
        assertDecodingRefused(request, ascii("a\r\n0123456789\r\n0\r\nx-amz-checksum-crc32c:" + crc32c + "\r\n\r\n"),
                "InternalError", 500);
        assertDecodingRefused(request, ascii("a\r\n0123456789\r\n0\r\n"), "InternalError", 500);
        String crc32 = base64(DefaultChecksumAlgorithm.CRC32, body);
        VerifiedRequest handMade = SdkSigning.verifier().verify(SdkSigning.withBody(request,
                ascii("a\r\n0123456789\r\n0\r\nx-amz-checksum-crc32:" + crc32 + "\r\n\r\n")));
        assertThat(handMade.payload().readAllBytes()).isEqualTo(body);
    }

    @Test
    @DisplayName("an x-amz-trailer lakeFS has no checksum for: AccessDenied 403 when verifying")
    void unsupportedTrailer() {
        byte[] body = randomBytes(10);
        SignedRequest request = sdkTrailer(body, DefaultChecksumAlgorithm.CRC32);
        assertThat(request.headers().getFirst("Authorization")).contains("x-amz-trailer");
        SignedRequest md5 = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.PUT,
                "https://localhost:8443/repo/main/t.bin", body).build(), body, (builder) -> builder
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                    .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
                    .putProperty(AwsV4HttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.MD5));
        assertThat(md5.headers().getFirst("x-amz-trailer")).isEqualTo("x-amz-checksum-md5");
        assertRefused(() -> SdkSigning.verifier().verify(md5), "AccessDenied", 403);
    }

    @Test
    @DisplayName("CRC-64/NVME gives its catalogued check value, 0xAE8B14860A799888 for \"123456789\"")
    void crc64NvmeCheckValue() {
        Crc64Nvme crc = new Crc64Nvme();
        crc.update("123456789".getBytes(StandardCharsets.US_ASCII), 0, 9);
        assertThat(crc.getValue()).isEqualTo(0xAE8B14860A799888L);
        crc.reset();
        for (byte b : "123456789".getBytes(StandardCharsets.US_ASCII)) {
            crc.update(b);
        }
        assertThat(HexFormat.of().toHexDigits(crc.getValue())).isEqualTo("ae8b14860a799888");
    }

    @Test
    @DisplayName("an x-amz-checksum-crc64nvme trailer is checked (the SDK computes CRC64NVME only with the AWS CRT)")
    void crc64NvmeTrailer() throws IOException {
        String checkValue = Base64.getEncoder().encodeToString(HexFormat.of().parseHex("ae8b14860a799888"));
        try (AwsChunkedInputStream decoded = unsignedChunks(
                "9\r\n123456789\r\n0\r\nx-amz-checksum-crc64nvme:" + checkValue + "\r\n\r\n")) {
            assertThat(decoded.readAllBytes()).isEqualTo("123456789".getBytes(StandardCharsets.US_ASCII));
        }
        try (AwsChunkedInputStream decoded = unsignedChunks(
                "9\r\n123456780\r\n0\r\nx-amz-checksum-crc64nvme:" + checkValue + "\r\n\r\n")) {
            assertRefused(decoded::readAllBytes, "InternalError", 500);
        }
    }

    private static AwsChunkedInputStream unsignedChunks(String body) {
        ChunkSignatures unused = new ChunkSignatures(new byte[32], "20261201T220000Z",
                "20261201/us-east-1/s3/aws4_request", "seed");
        return new AwsChunkedInputStream(new java.io.ByteArrayInputStream(ascii(body)), unused, false,
                TrailerChecksum.CRC64NVME, 9);
    }

    private static SignedRequest sdkTrailer(byte[] body, ChecksumAlgorithm algorithm) {
        // Over HTTPS: over plain HTTP the SDK signs the chunks and the trailer, a mode lakeFS refuses.
        return SdkSigning.sign(SdkSigning.request(SdkHttpMethod.PUT, "https://localhost:8443/repo/main/t.bin", body)
            .build(), body, (builder) -> builder.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
                .putProperty(AwsV4HttpSigner.CHECKSUM_ALGORITHM, algorithm));
    }

    private static ChecksumAlgorithm algorithm(String name) {
        return switch (name) {
            case "CRC32" -> DefaultChecksumAlgorithm.CRC32;
            case "CRC32C" -> DefaultChecksumAlgorithm.CRC32C;
            case "SHA1" -> DefaultChecksumAlgorithm.SHA1;
            case "SHA256" -> DefaultChecksumAlgorithm.SHA256;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String base64(ChecksumAlgorithm algorithm, byte[] body) {
        software.amazon.awssdk.checksums.SdkChecksum checksum = software.amazon.awssdk.checksums.SdkChecksum
            .forAlgorithm(algorithm);
        checksum.update(body, 0, body.length);
        return Base64.getEncoder().encodeToString(checksum.getChecksumBytes());
    }
}
