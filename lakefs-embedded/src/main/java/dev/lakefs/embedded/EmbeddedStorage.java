package dev.lakefs.embedded;

import java.util.List;

/** The embedded server's object storage, addressed by URIs such as {@code mem://bucket/path}. CONTRACT STUB. */
public interface EmbeddedStorage {
    /** Stores bytes at a storage URI (e.g. to be imported later). */
    void put(String uri, byte[] content);
    /** Reads bytes stored at a storage URI. */
    byte[] get(String uri);
    /** Lists the URIs under a prefix URI, sorted. */
    List<String> list(String prefixUri);
}
