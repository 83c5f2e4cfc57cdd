package dev.lakefs.embedded.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * A blob backed by a file: either one spilled to the data directory ({@code owned}, deleted on discard) or a file
 * of a {@code local://} import source (never deleted by the server).
 */
final class FileBlob implements Blob {

    private final Path file;

    private final long size;

    private volatile @Nullable String md5Hex;

    private final boolean owned;

    FileBlob(Path file, long size, @Nullable String md5Hex, boolean owned) {
        this.file = file;
        this.size = size;
        this.md5Hex = md5Hex;
        this.owned = owned;
    }

    Path file() {
        return this.file;
    }

    /** Whether the store owns the file and it lies directly in a directory. */
    boolean isIn(@Nullable Path directory) {
        return this.owned && directory != null && directory.equals(this.file.getParent());
    }

    @Override
    public long size() {
        return this.size;
    }

    /** Computed on first use for files the server did not write itself (import sources). */
    @Override
    public String md5Hex() {
        String md5Hex = this.md5Hex;
        if (md5Hex == null) {
            md5Hex = digest();
            this.md5Hex = md5Hex;
        }
        return md5Hex;
    }

    private String digest() {
        MessageDigest md5 = BlobWriter.md5();
        byte[] chunk = new byte[64 * 1024];
        try (InputStream in = open()) {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                md5.update(chunk, 0, read);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    @Override
    public InputStream open(long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ);
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public void discard() {
        if (this.owned) {
            try {
                Files.deleteIfExists(this.file);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
