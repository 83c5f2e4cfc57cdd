/**
 * Conformance suite: drives {@link dev.lakefs.embedded.EmbeddedLakeFS} with the official {@code io.lakefs:sdk}
 * client (and raw HTTP where the SDK cannot express a request) and checks the answers against the lakeFS
 * semantics (SEMANTICS.md of lakeFS v1.84.0, cited as "§n" in each test), never against our own output.
 */
@NullMarked
package dev.lakefs.embedded.conformance;

import org.jspecify.annotations.NullMarked;
