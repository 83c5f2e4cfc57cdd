/**
 * The embedded server at scale: heap per object and per commit, and commit and merge times at 1k and 1M objects,
 * measured in a server JVM of its own with a 1 GiB heap. Not a JMH benchmark: one run, figures printed as Markdown.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.scale;

import org.jspecify.annotations.NullMarked;
