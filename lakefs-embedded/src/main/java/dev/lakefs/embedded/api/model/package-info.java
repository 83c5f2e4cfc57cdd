/**
 * The JSON shapes of lakeFS's OpenAPI spec that the embedded server reads and writes, as records named after the
 * spec's schemas. Fields are written snake_case; null optional fields are left out.
 */
@NullMarked
package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.NullMarked;
