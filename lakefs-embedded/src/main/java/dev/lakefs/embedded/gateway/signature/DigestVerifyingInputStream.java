package dev.lakefs.embedded.gateway.signature;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/**
 * Passes the body through and, at its end, compares its SHA-256 with the signed {@code x-amz-content-sha256}, as
 * lakeFS's {@code Sha256Reader}: a mismatch is SignatureDoesNotMatch, thrown instead of the end of the stream.
 */
final class DigestVerifyingInputStream extends FilterInputStream {

    private final MessageDigest digest = Hashing.sha256();

    private final byte[] expected;

    private @Nullable SignatureException failure;

    private boolean ended;

    /**
     * @param in the body as sent
     * @param expected the SHA-256 the client signed
     */
    DigestVerifyingInputStream(InputStream in, byte[] expected) {
        super(in);
        this.expected = expected.clone();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return (n < 0) ? -1 : (one[0] & 0xFF);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (this.failure != null) {
            throw this.failure;
        }
        if (length == 0) {
            // Some streams answer -1 to an empty read at their end: that must not count as the end here.
            return 0;
        }
        int n = this.in.read(buffer, offset, length);
        if (n > 0) {
            this.digest.update(buffer, offset, n);
        }
        else if (n < 0 && !this.ended) {
            this.ended = true;
            if (Hashing.constantTimeEquals(this.expected, this.digest.digest())) {
                return n;
            }
            this.failure = AuthError.SIGNATURE_DOES_NOT_MATCH
                .exception("the body's SHA-256 is not the signed x-amz-content-sha256");
            throw this.failure;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must be hashed too.
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 0))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // Not supported: a reset would hash bytes twice.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
