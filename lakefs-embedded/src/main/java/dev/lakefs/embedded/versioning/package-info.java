/**
 * The version-control model of the embedded server: repositories, commits, branches, tags, staging, diffs and merges.
 */
@NullMarked
package dev.lakefs.embedded.versioning;

import org.jspecify.annotations.NullMarked;
