package dev.lakefs.embedded.gateway.signature;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Removes aws-chunked framing ({@code <hex-size>[;chunk-signature=<sig>]\r\n<data>\r\n}, ending with a 0-size chunk)
 * and checks the chunk signatures or the trailing checksum while the data is read, as lakeFS's
 * {@code s3ChunkedReader}.
 * <p>
 * Memory stays bounded whatever the client sends: a size or trailer line is at most {@value #MAX_LINE} bytes, a chunk
 * is streamed rather than buffered, and a chunk longer than what {@code x-amz-decoded-content-length} leaves is
 * refused before its data is read.
 */
final class AwsChunkedInputStream extends VerifyingInputStream {

    /** lakeFS's {@code maxLineLength}: a line, with its {@code \n}, must be shorter. */
    static final int MAX_LINE = 4096;

    private static final String SIGNATURE_EXTENSION = ";chunk-signature=";

    private static final int MAX_HEX_DIGITS = 16;

    private final BufferedInputStream in;

    private final ChunkSignatures signatures;

    private final boolean signaturesRequired;

    private final TrailerChecksum.@Nullable Running trailer;

    private final @Nullable TrailerChecksum trailerChecksum;

    private final MessageDigest chunkDigest = Hashing.sha256();

    private long remainingDecoded;

    private long remainingInChunk;

    private @Nullable String chunkSignature;

    private boolean finished;

    /**
     * @param in the body as sent
     * @param signatures the chunk signature chain; a chunk that carries a signature is always checked against it
     * @param signaturesRequired whether every chunk must carry a signature ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD})
     * @param trailerChecksum the checksum the trailer must carry after the last unsigned chunk, or null
     * @param decodedLength {@code x-amz-decoded-content-length}, or -1 when not sent
     */
    AwsChunkedInputStream(InputStream in, ChunkSignatures signatures, boolean signaturesRequired,
            @Nullable TrailerChecksum trailerChecksum, long decodedLength) {
        this(new BufferedInputStream(in, MAX_LINE), signatures, signaturesRequired, trailerChecksum, decodedLength);
    }

    private AwsChunkedInputStream(BufferedInputStream in, ChunkSignatures signatures, boolean signaturesRequired,
            @Nullable TrailerChecksum trailerChecksum, long decodedLength) {
        super(in);
        this.in = in;
        this.signatures = signatures;
        this.signaturesRequired = signaturesRequired;
        this.trailerChecksum = trailerChecksum;
        this.trailer = (trailerChecksum != null) ? trailerChecksum.start() : null;
        this.remainingDecoded = decodedLength;
    }

    @Override
    int readVerified(byte[] buffer, int offset, int length) throws IOException {
        while (this.remainingInChunk == 0) {
            if (this.finished) {
                return -1;
            }
            startChunk();
        }
        int n = this.in.read(buffer, offset, (int) Math.min(length, this.remainingInChunk));
        if (n < 0) {
            throw framing("the body ends inside a chunk");
        }
        if (this.chunkSignature != null) {
            this.chunkDigest.update(buffer, offset, n);
        }
        if (this.trailer != null) {
            this.trailer.update(buffer, offset, n);
        }
        this.remainingInChunk -= n;
        if (this.remainingInChunk == 0) {
            endChunk();
        }
        return n;
    }

    private void startChunk() throws IOException {
        String line = readLine();
        if (line == null) {
            throw framing("a chunk size line is missing or longer than " + (MAX_LINE - 1) + " bytes");
        }
        line = trimTrailingWhitespace(line);
        int extension = line.indexOf(SIGNATURE_EXTENSION);
        String sizeText = (extension < 0) ? line : line.substring(0, extension);
        this.chunkSignature = (extension < 0) ? null : line.substring(extension + SIGNATURE_EXTENSION.length());
        if (this.chunkSignature == null && this.signaturesRequired) {
            throw AuthError.SIGNATURE_DOES_NOT_MATCH.exception("a chunk has no chunk-signature");
        }
        long size = parseSize(sizeText);
        if (this.remainingDecoded >= 0 && size > this.remainingDecoded) {
            throw framing("a chunk of " + size + " bytes is longer than the " + this.remainingDecoded
                    + " bytes x-amz-decoded-content-length leaves");
        }
        if (this.remainingDecoded >= 0) {
            this.remainingDecoded -= size;
        }
        this.chunkDigest.reset();
        if (size == 0) {
            finish();
        }
        else {
            this.remainingInChunk = size;
        }
    }

    private void endChunk() throws IOException {
        if (!readCrlf()) {
            throw framing("a chunk's data is not followed by CRLF");
        }
        verifyChunkSignature();
    }

    private void finish() throws IOException {
        // Like lakeFS: a CRLF right after the last chunk's line is consumed when present, and the last chunk is
        // either signed (its signature ends the stream) or followed by the trailer.
        this.in.mark(2);
        if (!readCrlf()) {
            this.in.reset();
        }
        if (this.chunkSignature != null) {
            verifyChunkSignature();
        }
        else {
            verifyTrailer();
        }
        if (this.remainingDecoded > 0) {
            throw framing("the body is " + this.remainingDecoded
                    + " bytes shorter than x-amz-decoded-content-length");
        }
        this.finished = true;
    }

    private void verifyChunkSignature() throws SignatureException {
        String sent = this.chunkSignature;
        if (sent != null && !this.signatures.verifyNext(sent, this.chunkDigest.digest())) {
            throw AuthError.SIGNATURE_DOES_NOT_MATCH.exception("a chunk-signature does not match the chunk");
        }
    }

    private void verifyTrailer() throws IOException {
        TrailerChecksum expected = this.trailerChecksum;
        TrailerChecksum.Running computed = this.trailer;
        if (expected == null || computed == null) {
            throw framing("the last chunk is neither signed nor followed by a trailer");
        }
        String line = readLine();
        int colon = (line != null) ? line.indexOf(':') : -1;
        String name = (colon < 0) ? "" : line.substring(0, colon);
        if (!name.equals(expected.trailerName())) {
            throw framing("the trailer is not " + expected.trailerName() + " as x-amz-trailer says");
        }
        String sent = trimTrailingWhitespace(line.substring(colon + 1));
        String actual = Base64.getEncoder().encodeToString(computed.value());
        if (!actual.equals(sent)) {
            throw framing("the trailing " + name + " " + sent + " does not match the body's " + actual);
        }
        if (!readCrlf()) {
            throw framing("the trailer is not followed by CRLF");
        }
    }

    /** A line up to {@code \n} (included), or null at the end of the body or when it is too long. */
    private @Nullable String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        while (line.size() < MAX_LINE - 1) {
            int b = this.in.read();
            if (b < 0) {
                return null;
            }
            line.write(b);
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private boolean readCrlf() throws IOException {
        return this.in.read() == '\r' && this.in.read() == '\n';
    }

    private static long parseSize(String hex) throws SignatureException {
        if (hex.length() > MAX_HEX_DIGITS) {
            throw framing("the chunk size " + hex + " has more than " + MAX_HEX_DIGITS + " hex digits");
        }
        long size = 0;
        for (int i = 0; i < hex.length(); i++) {
            int digit = Percent.hexDigit(hex.charAt(i));
            if (digit < 0) {
                throw framing("the chunk size " + hex + " is not hexadecimal");
            }
            size = (size << 4) | digit;
        }
        if (size < 0) {
            throw framing("the chunk size " + hex + " is too large");
        }
        return size;
    }

    private static String trimTrailingWhitespace(String text) {
        int end = text.length();
        while (end > 0 && " \t\r\n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static SignatureException framing(String detail) {
        return AuthError.INTERNAL_ERROR.exception("aws-chunked body: " + detail);
    }
}
