/**
 * An in-memory server that speaks the lakeFS REST API: {@link dev.lakefs.embedded.EmbeddedLakeFS}.
 */
@NullMarked
package dev.lakefs.embedded;

import org.jspecify.annotations.NullMarked;
