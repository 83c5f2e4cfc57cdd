/**
 * Blob storage of the embedded server: immutable blobs in memory or spilled to temp files, addressed by storage URIs.
 */
@NullMarked
package dev.lakefs.embedded.storage;

import org.jspecify.annotations.NullMarked;
