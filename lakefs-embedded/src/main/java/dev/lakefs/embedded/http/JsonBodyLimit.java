package dev.lakefs.embedded.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * A JSON request body cut off at {@value #MAX_BYTES} bytes with 413. lakeFS sets no limit of its own; this one keeps a
 * hostile body from filling the heap (a parsed body costs several times its size), and is the S3 gateway's limit for
 * XML bodies. It is far above any body a lakeFS client sends: 1,000 paths of 1 KiB for a bulk delete fit.
 */
final class JsonBodyLimit extends FilterInputStream {

    /** The largest JSON body accepted. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private long remaining = MAX_BYTES;

    private JsonBodyLimit(InputStream in) {
        super(in);
    }

    /**
     * The body, refused at once when its declared {@code Content-Length} is over the limit, else when more than the
     * limit is read from it.
     */
    static InputStream wrap(InputStream body, @Nullable String contentLength) {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.trim()) > MAX_BYTES) {
                    throw tooLarge();
                }
            }
            catch (NumberFormatException ex) {
                // the JDK's server has already refused a malformed Content-Length; nothing to add
            }
        }
        return new JsonBodyLimit(body);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && --this.remaining < 0) {
            throw tooLarge();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // one byte more than allowed, so that a body of exactly the limit is not mistaken for a longer one
        int read = super.read(buffer, offset, (int) Math.min(length, this.remaining + 1));
        if (read > 0) {
            this.remaining -= read;
            if (this.remaining < 0) {
                throw tooLarge();
            }
        }
        return read;
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "request body too large: a JSON body may have at most " + MAX_BYTES + " bytes");
    }
}
