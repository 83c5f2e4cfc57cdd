package dev.lakefs.spring.io;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.LakeFSOptions;
import dev.lakefs.spring.WriteOptions;
import dev.lakefs.spring.client.LakeFSClient;
import org.springframework.http.MediaType;

/**
 * Run in a separate JVM with a heap smaller than the object by {@link BoundedMemoryTests}: uploads an object
 * streamed from a generator through lakeFS, writes another through a presigned writer, reads both back and compares
 * digests. Any buffering of a whole object ends in an {@link OutOfMemoryError} and a non-zero exit code.
 * <p>
 * Arguments: endpoint, access key id, secret access key, repository, size in bytes.
 */
public final class StreamingRoundTrip {

    private StreamingRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[4]);
        LakeFSClient client = LakeFSClient.builder().endpoint(args[0]).credentials(args[1], args[2]).build();
        LakeFS lakeFS = LakeFS.of(client, LakeFSOptions.defaults().withSpoolThreshold(1 << 20));
        Branch direct = lakeFS.withOptions(lakeFS.options().withPreSign(LakeFSOptions.PreSign.NEVER))
            .repository(args[3]).branch("main");
        Branch presigned = lakeFS.withOptions(lakeFS.options().withPreSign(LakeFSOptions.PreSign.ALWAYS))
            .repository(args[3]).branch("main");

        // through lakeFS: the upload streams from the source as it is read
        GeneratedStream streamed = new GeneratedStream(size);
        direct.object("streamed.bin").upload(streamed, WriteOptions.of(MediaType.APPLICATION_OCTET_STREAM));
        check(streamed.digest(), digestOf(direct.object("streamed.bin").reader()), "streamed.bin");

        // presigned: a writer spools to disk, then PUTs to the storage URL; the read follows the redirect
        GeneratedStream written = new GeneratedStream(size);
        presigned.object("written.bin").write((out) -> written.transferTo(out));
        check(written.digest(), digestOf(presigned.object("written.bin").reader()), "written.bin");

        System.out.println("OK " + size + " bytes, max heap " + Runtime.getRuntime().maxMemory());
    }

    private static void check(String expected, String actual, String path) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(path + " differs: " + actual + " != " + expected);
        }
    }

    private static String digestOf(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Pseudo-random bytes of a given length, digested as they are produced. */
    static final class GeneratedStream extends InputStream {

        private final long size;

        private final MessageDigest digest;

        private long produced;

        private long state = 0x9E3779B97F4A7C15L;

        GeneratedStream(long size) throws NoSuchAlgorithmException {
            this.size = size;
            this.digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return (read(one, 0, 1) == -1) ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (this.produced >= this.size) {
                return -1;
            }
            int n = (int) Math.min(length, this.size - this.produced);
            for (int i = 0; i < n; i++) {
                this.state ^= this.state << 13;
                this.state ^= this.state >>> 7;
                this.state ^= this.state << 17;
                buffer[offset + i] = (byte) this.state;
            }
            this.digest.update(buffer, offset, n);
            this.produced += n;
            return n;
        }

        String digest() {
            return HexFormat.of().formatHex(this.digest.digest());
        }
    }
}
