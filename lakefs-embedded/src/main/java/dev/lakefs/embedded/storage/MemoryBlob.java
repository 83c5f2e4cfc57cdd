package dev.lakefs.embedded.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A blob small enough to stay on the heap. */
final class MemoryBlob implements Blob {

    private final byte[] content;

    private final String md5Hex;

    MemoryBlob(byte[] content, String md5Hex) {
        this.content = content;
        this.md5Hex = md5Hex;
    }

    @Override
    public long size() {
        return this.content.length;
    }

    @Override
    public String md5Hex() {
        return this.md5Hex;
    }

    @Override
    public InputStream open(long offset, long length) {
        return new ByteArrayInputStream(this.content, (int) offset, (int) length);
    }
}
