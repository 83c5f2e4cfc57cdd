/**
 * The S3 gateway of the embedded server, as lakeFS's {@code pkg/gateway}: requests that carry an AWS signature, at
 * the server root, path style ({@code /<repository>/<ref>/<path>}), answered with S3 XML over the same store as the
 * REST API.
 */
@NullMarked
package dev.lakefs.embedded.gateway;

import org.jspecify.annotations.NullMarked;
