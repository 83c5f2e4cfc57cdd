package dev.lakefs.embedded.storage;

/** Where a durable blob store reports each blob it stores at an address, before the store returns. */
@FunctionalInterface
public interface BlobSink {

    /** Reports nothing. */
    BlobSink NONE = (blob) -> {
    };

    /** A blob was stored at an address; its file is complete. */
    void stored(StoredBlob blob);
}
