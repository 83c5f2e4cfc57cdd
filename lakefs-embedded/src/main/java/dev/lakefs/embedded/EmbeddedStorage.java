package dev.lakefs.embedded;

import java.util.List;

/**
 * The embedded server's object storage, addressed by URIs such as {@code mem://bucket/path}. Objects put here can be
 * imported into a branch ({@code importStart}); {@code local:///some/dir/} URIs read the local file system.
 */
public interface EmbeddedStorage {

    /** Stores bytes at a storage URI (e.g. to be imported later), replacing what was there. */
    void put(String uri, byte[] content);

    /**
     * Reads bytes stored at a storage URI.
     * @throws java.util.NoSuchElementException when nothing is stored there
     */
    byte[] get(String uri);

    /** Lists the URIs under a prefix URI, sorted. */
    List<String> list(String prefixUri);
}
