/**
 * The lakeFS server the benchmarks call: the embedded server, in a JVM of its own so that its allocation, GC and JIT
 * profile are not charged to the client being measured.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.server;

import org.jspecify.annotations.NullMarked;
