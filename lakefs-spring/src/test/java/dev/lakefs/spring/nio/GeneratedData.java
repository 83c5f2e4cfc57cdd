package dev.lakefs.spring.nio;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A deterministic pseudo-random stream of a given length, generated as it is read (no memory held): the same seed
 * and length always give the same bytes.
 */
final class GeneratedData extends InputStream {

    private long remaining;

    private long state;

    GeneratedData(long length, long seed) {
        this.remaining = length;
        this.state = seed | 1;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (this.remaining == 0) {
            return -1;
        }
        int n = (int) Math.min(length, this.remaining);
        for (int i = 0; i < n; i++) {
            this.state ^= this.state << 13;
            this.state ^= this.state >>> 7;
            this.state ^= this.state << 17;
            buffer[offset + i] = (byte) this.state;
        }
        this.remaining -= n;
        return n;
    }

    /** The MD5 of what a stream holds, in lowercase hex, read to its end with bounded memory. */
    static String md5(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
