/**
 * Auto-configuration of the embedded lakeFS-compatible server used when no lakeFS endpoint is configured.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.embedded;

import org.jspecify.annotations.NullMarked;
