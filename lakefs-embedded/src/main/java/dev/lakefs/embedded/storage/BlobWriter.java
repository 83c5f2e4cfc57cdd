package dev.lakefs.embedded.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Copies a stream into a new blob while computing its MD5. Content stays on the heap up to the spill threshold;
 * past it, what was buffered and the rest of the stream go to a temp file, so memory stays bounded whatever the size.
 */
final class BlobWriter {

    private static final int CHUNK = 64 * 1024;

    private final long spillThreshold;

    private final Path spillDirectory;

    BlobWriter(long spillThreshold, Path spillDirectory) {
        this.spillThreshold = spillThreshold;
        this.spillDirectory = spillDirectory;
    }

    Blob write(InputStream in) throws IOException {
        MessageDigest md5 = md5();
        ByteArrayOutputStream heap = new ByteArrayOutputStream();
        @Nullable Path file = null;
        @Nullable OutputStream fileOut = null;
        long size = 0;
        byte[] chunk = new byte[CHUNK];
        try {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                md5.update(chunk, 0, read);
                size += read;
                if (fileOut == null && size > this.spillThreshold) {
                    Files.createDirectories(this.spillDirectory);
                    file = Files.createTempFile(this.spillDirectory, "blob-", ".bin");
                    fileOut = Files.newOutputStream(file);
                    heap.writeTo(fileOut);
                    heap = new ByteArrayOutputStream();
                }
                if (fileOut != null) {
                    fileOut.write(chunk, 0, read);
                }
                else {
                    heap.write(chunk, 0, read);
                }
            }
        }
        catch (IOException | RuntimeException ex) {
            closeAndDelete(fileOut, file);
            throw ex;
        }
        String md5Hex = HexFormat.of().formatHex(md5.digest());
        if (fileOut != null && file != null) {
            fileOut.close();
            return new FileBlob(file, size, md5Hex, true);
        }
        return new MemoryBlob(heap.toByteArray(), md5Hex);
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("MD5 is required of every JDK", ex);
        }
    }

    private static void closeAndDelete(@Nullable OutputStream out, @Nullable Path file) {
        try {
            if (out != null) {
                out.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException ignored) {
            // the original failure matters more than cleanup
        }
    }
}
