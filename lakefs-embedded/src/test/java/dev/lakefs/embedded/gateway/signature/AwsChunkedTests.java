package dev.lakefs.embedded.gateway.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

import static dev.lakefs.embedded.gateway.signature.SigV4HeaderTests.assertRefused;
import static dev.lakefs.embedded.gateway.signature.SigV4HeaderTests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** STREAMING-AWS4-HMAC-SHA256-PAYLOAD: aws-chunked bodies with chained chunk signatures (sig/v4_streaming_reader.go). */
class AwsChunkedTests {

    private static final String SEED = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";

    private static final String CHUNK_1 = "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";

    private static final String CHUNK_2 = "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497";

    private static final String FINAL = "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9";

    @Test
    @DisplayName("AWS's published streaming PUT Object example (64 KiB + 1 KiB of 'a') decodes with its signatures")
    void awsDocumentationStreamingExample() throws IOException {
        VerifiedRequest verified = awsExampleVerifier()
            .verify(awsExample(awsExampleBody(CHUNK_1, CHUNK_2, FINAL, 'a')));
        assertThat(verified.decodedContentLength()).isEqualTo(66560);
        byte[] decoded = verified.payload().readAllBytes();
        assertThat(decoded).hasSize(66560).containsOnly('a');
        assertThat(verified.payload().read()).isEqualTo(-1);
    }

    @Test
    @DisplayName("a changed byte, a wrong chunk signature or a wrong final signature: SignatureDoesNotMatch 403")
    void awsDocumentationStreamingExampleTampered() throws IOException {
        VerifiedRequest changedData = awsExampleVerifier()
            .verify(awsExample(awsExampleBody(CHUNK_1, CHUNK_2, FINAL, 'b')));
        assertThat(changedData.payload().readNBytes(10)).containsOnly('b');
        assertRefused(() -> changedData.payload().readAllBytes(), "SignatureDoesNotMatch", 403);
        assertRefused(() -> changedData.payload().read(), "SignatureDoesNotMatch", 403);

        VerifiedRequest secondChunk = awsExampleVerifier()
            .verify(awsExample(awsExampleBody(CHUNK_1, CHUNK_1, FINAL, 'a')));
        assertThat(secondChunk.payload().readNBytes(65536)).hasSize(65536);
        assertRefused(() -> secondChunk.payload().readAllBytes(), "SignatureDoesNotMatch", 403);

        VerifiedRequest lastChunk = awsExampleVerifier()
            .verify(awsExample(awsExampleBody(CHUNK_1, CHUNK_2, CHUNK_2, 'a')));
        assertThat(lastChunk.payload().readNBytes(66560)).hasSize(66560);
        assertRefused(() -> lastChunk.payload().read(), "SignatureDoesNotMatch", 403);
    }

    @Test
    @DisplayName("the SDK's own chunked encoder with signed chunks (STREAMING-AWS4-HMAC-SHA256-PAYLOAD) round-trips")
    void sdkSignedChunks() throws IOException {
        byte[] body = randomBytes(300_000);
        SignedRequest request = sdkChunked(body);
        assertThat(request.headers().getFirst("x-amz-content-sha256")).isEqualTo("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        byte[] sent = SdkSigning.sentBody(request);
        VerifiedRequest verified = SdkSigning.verifier().verify(request);
        assertThat(verified.decodedContentLength()).isEqualTo(body.length);
        assertThat(verified.payload().readAllBytes()).isEqualTo(body);

        byte[] corrupt = sent.clone();
        corrupt[sent.length - 200] ^= 1;
        VerifiedRequest tampered = SdkSigning.verifier().verify(SdkSigning.withBody(request, corrupt));
        assertRefused(() -> tampered.payload().readAllBytes(), "SignatureDoesNotMatch", 403);
    }

    @Test
    @DisplayName("a body cut short, without its final chunk, or with stray bytes after a chunk: InternalError 500")
    void truncatedOrMalformed() throws IOException {
        byte[] body = randomBytes(1000);
        SignedRequest request = sdkChunked(body);
        byte[] sent = SdkSigning.sentBody(request);
        int finalChunk = indexOf(sent, "\r\n0;chunk-signature=") + 2;
        assertDecodingRefused(request, Arrays.copyOf(sent, 500), "InternalError", 500);
        assertDecodingRefused(request, Arrays.copyOf(sent, finalChunk), "InternalError", 500);
        byte[] noCrlf = sent.clone();
        noCrlf[finalChunk - 2] = 'x';
        assertDecodingRefused(request, noCrlf, "InternalError", 500);
    }

    @Test
    @DisplayName("hostile framing fails without allocating: a huge size line, a size past the decoded length, 17 digits")
    void hostileFraming() throws IOException {
        SignedRequest request = sdkChunked(randomBytes(1000));
        byte[] longLine = new byte[AwsChunkedInputStream.MAX_LINE * 4];
        Arrays.fill(longLine, (byte) 'f');
        assertDecodingRefused(request, longLine, "InternalError", 500);
        assertDecodingRefused(request, ascii("7fffffffffffffff;chunk-signature=" + FINAL + "\r\n"), "InternalError",
                500);
        assertDecodingRefused(request, ascii("10000000000000000;chunk-signature=" + FINAL + "\r\n"),
                "InternalError", 500);
        assertDecodingRefused(request, ascii("3e9;chunk-signature=" + FINAL + "\r\n"), "InternalError", 500);
        assertDecodingRefused(request, ascii("zz;chunk-signature=" + FINAL + "\r\n"), "InternalError", 500);
        assertDecodingRefused(request, ascii(""), "InternalError", 500);
    }

    @Test
    @DisplayName("a chunk without a chunk-signature in signed mode: SignatureDoesNotMatch 403")
    void missingChunkSignature() throws IOException {
        SignedRequest request = sdkChunked(randomBytes(10));
        assertDecodingRefused(request, ascii("a\r\n0123456789\r\n0\r\n\r\n"), "SignatureDoesNotMatch", 403);
    }

    @Test
    @DisplayName("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER (the sync SDK's default over HTTP): AccessDenied 403")
    void signedChunksWithTrailerRefused() {
        byte[] body = randomBytes(100);
        SignedRequest request = SdkSigning.sign(SdkSigning.request(SdkHttpMethod.PUT,
                "http://localhost:8000/repo/main/big.bin", body).build(), body, (builder) -> builder
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                    .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
                    .putProperty(AwsV4HttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32));
        assertThat(request.headers().getFirst("x-amz-content-sha256"))
            .isEqualTo("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");
        SignatureException refused = refusal(() -> SdkSigning.verifier().verify(request));
        assertThat(refused.code()).isEqualTo("AccessDenied");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.getMessage()).isEqualTo("Access Denied.");
    }

    @Test
    @DisplayName("an empty x-amz-decoded-content-length: MissingContentLength 411")
    void emptyDecodedLength() {
        Headers headers = awsExample(new byte[0]).headers();
        headers.set("x-amz-decoded-content-length", "");
        // The header is signed, so the signature must match first: lakeFS checks the length last.
        assertRefused(() -> awsExampleVerifier().verify(new SignedRequest("PUT", "/examplebucket/chunkObject.txt",
                null, headers, new ByteArrayInputStream(new byte[0]))), "SignatureDoesNotMatch", 403);
    }

    static SignedRequest sdkChunked(byte[] body) {
        return SdkSigning.sign(SdkSigning.request(SdkHttpMethod.PUT, "http://localhost:8000/repo/main/big.bin", body)
            .build(), body, (builder) -> builder.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true));
    }

    static void assertDecodingRefused(SignedRequest request, byte[] sent, String code, int status)
            throws IOException {
        VerifiedRequest verified = SdkSigning.verifier().verify(SdkSigning.withBody(request, sent));
        assertRefused(() -> verified.payload().readAllBytes(), code, status);
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static int indexOf(byte[] bytes, String text) {
        byte[] needle = ascii(text);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }

    private static SignatureVerifier awsExampleVerifier() {
        return new SignatureVerifier("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                Clock.fixed(Instant.parse("2013-05-24T00:00:00Z"), ZoneOffset.UTC));
    }

    private static SignedRequest awsExample(byte[] body) {
        Headers headers = new Headers();
        headers.add("Host", "s3.amazonaws.com");
        headers.add("x-amz-date", "20130524T000000Z");
        headers.add("x-amz-storage-class", "REDUCED_REDUNDANCY");
        headers.add("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                + "aws4_request,SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;"
                + "x-amz-decoded-content-length;x-amz-storage-class,Signature=" + SEED);
        headers.add("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        headers.add("Content-Encoding", "aws-chunked");
        headers.add("x-amz-decoded-content-length", "66560");
        headers.add("Content-Length", "66824");
        return new SignedRequest("PUT", "/examplebucket/chunkObject.txt", null, headers,
                new ByteArrayInputStream(body));
    }

    private static byte[] awsExampleBody(String first, String second, String last, char fill) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk1 = new byte[65536];
        Arrays.fill(chunk1, (byte) fill);
        byte[] chunk2 = new byte[1024];
        Arrays.fill(chunk2, (byte) fill);
        body.writeBytes(ascii("10000;chunk-signature=" + first + "\r\n"));
        body.writeBytes(chunk1);
        body.writeBytes(ascii("\r\n400;chunk-signature=" + second + "\r\n"));
        body.writeBytes(chunk2);
        body.writeBytes(ascii("\r\n0;chunk-signature=" + last + "\r\n\r\n"));
        assertThat(body.size()).isEqualTo(66824);
        return body.toByteArray();
    }
}
