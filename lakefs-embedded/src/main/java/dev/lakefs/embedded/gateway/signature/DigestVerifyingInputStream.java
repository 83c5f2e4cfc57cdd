package dev.lakefs.embedded.gateway.signature;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes the body through and, at its end, compares its SHA-256 with the signed {@code x-amz-content-sha256}, as
 * lakeFS's {@code Sha256Reader}: a mismatch is SignatureDoesNotMatch, thrown instead of the end of the stream.
 */
final class DigestVerifyingInputStream extends VerifyingInputStream {

    private final MessageDigest digest = Hashing.sha256();

    private final byte[] expected;

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
    int readVerified(byte[] buffer, int offset, int length) throws IOException {
        int n = in().read(buffer, offset, length);
        if (n > 0) {
            this.digest.update(buffer, offset, n);
        }
        else if (n < 0 && !this.ended) {
            this.ended = true;
            if (!Hashing.constantTimeEquals(this.expected, this.digest.digest())) {
                throw AuthError.SIGNATURE_DOES_NOT_MATCH
                    .exception("the body's SHA-256 is not the signed x-amz-content-sha256");
            }
        }
        return n;
    }
}
