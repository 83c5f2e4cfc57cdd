package dev.lakefs.embedded.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Immutable content stored by the embedded server. Blobs never change once written, so readers need no lock.
 */
public interface Blob {

    /** The number of bytes. */
    long size();

    /** The lowercase hex MD5 of the content, computed while it was written. */
    String md5Hex();

    /** Opens the content from {@code offset} for {@code length} bytes. */
    InputStream open(long offset, long length) throws IOException;

    /** Opens the whole content. */
    default InputStream open() throws IOException {
        return open(0, size());
    }

    /** Releases what the blob holds (a spilled file); reading afterwards fails. */
    default void discard() {
    }
}
