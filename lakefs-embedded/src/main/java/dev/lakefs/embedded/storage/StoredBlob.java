package dev.lakefs.embedded.storage;

import org.jspecify.annotations.Nullable;

/**
 * What a data directory's journal keeps of a blob stored at an address: the file holding its content.
 *
 * @param address the storage address
 * @param file the file's name in the objects directory, or null for an empty blob (no file)
 * @param size the size in bytes
 * @param md5Hex the lowercase hex MD5 of the content
 */
public record StoredBlob(String address, @Nullable String file, long size, String md5Hex) {
}
