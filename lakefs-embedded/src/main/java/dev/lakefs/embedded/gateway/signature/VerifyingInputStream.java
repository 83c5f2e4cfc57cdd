package dev.lakefs.embedded.gateway.signature;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A payload checked as it is read: every read goes through {@link #readVerified}, and the first failure is kept and
 * thrown again by every later read, so that no caller can read past a refused body.
 */
abstract class VerifyingInputStream extends InputStream {

    private final InputStream in;

    private @Nullable SignatureException failure;

    /**
     * @param in the body as sent
     */
    VerifyingInputStream(InputStream in) {
        this.in = in;
    }

    /** The body as sent. */
    final InputStream in() {
        return this.in;
    }

    /**
     * Reads at least one byte, or -1 at the end, checking what is read.
     * @param buffer where to put the bytes
     * @param offset the first index to fill
     * @param length how many bytes at most, at least 1
     * @return how many bytes were read, or -1 at the end
     * @throws SignatureException when the payload is refused
     * @throws IOException when the body cannot be read
     */
    abstract int readVerified(byte[] buffer, int offset, int length) throws IOException;

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return (n < 0) ? -1 : (one[0] & 0xFF);
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (this.failure != null) {
            throw this.failure;
        }
        if (length == 0) {
            // Some streams answer -1 to an empty read at their end: that must not count as the end here.
            return 0;
        }
        try {
            return readVerified(buffer, offset, length);
        }
        catch (SignatureException ex) {
            this.failure = ex;
            throw ex;
        }
    }

    @Override
    public void close() throws IOException {
        this.in.close();
    }
}
