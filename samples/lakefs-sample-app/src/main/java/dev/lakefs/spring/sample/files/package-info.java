/**
 * lakeFS objects as Spring resources: a {@code lakefs://} pattern read and an atomic file-style write, in one branch
 * transaction.
 */
@NullMarked
package dev.lakefs.spring.sample.files;

import org.jspecify.annotations.NullMarked;
