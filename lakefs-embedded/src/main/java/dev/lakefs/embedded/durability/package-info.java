/**
 * A data directory: the journal that makes the embedded server's state survive a stop, a crash or a {@code kill -9},
 * the lock that keeps a second server out, and the signing key of tokens and presigned URLs.
 */
@NullMarked
package dev.lakefs.embedded.durability;

import org.jspecify.annotations.NullMarked;
