/**
 * Auto-configuration for lakeFS: {@code lakefs.*} properties, connection details, the client beans and failure
 * analysis.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
