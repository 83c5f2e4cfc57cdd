/**
 * lakeFS objects as Spring resources, in branch transactions: a {@code lakefs://} pattern read with an atomic
 * file-style write ({@code POST /summaries/datasets}), and a Spring Batch job over a pattern
 * ({@code POST /exports/{name}}).
 */
@NullMarked
package dev.lakefs.spring.sample.files;

import org.jspecify.annotations.NullMarked;
