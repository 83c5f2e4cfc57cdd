/**
 * JUnit Jupiter support: an extension that starts an embedded lakeFS server for a test class.
 */
@NullMarked
package dev.lakefs.embedded.junit;

import org.jspecify.annotations.NullMarked;
