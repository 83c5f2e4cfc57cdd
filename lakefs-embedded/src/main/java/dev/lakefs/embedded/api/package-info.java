/**
 * Handlers for the lakeFS REST API operations the embedded server implements, one class per API area.
 */
@NullMarked
package dev.lakefs.embedded.api;

import org.jspecify.annotations.NullMarked;
