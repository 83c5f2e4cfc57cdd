/**
 * The HTTP layer of the embedded server: routing by lakeFS operationId, authentication, JSON, errors, faults and request recording.
 */
@NullMarked
package dev.lakefs.embedded.http;

import org.jspecify.annotations.NullMarked;
