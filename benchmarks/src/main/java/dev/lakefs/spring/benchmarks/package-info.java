/**
 * Benchmarks of the lakeFS for Spring clients against the raw JDK {@code HttpClient} and {@code io.lakefs:sdk},
 * run with JMH against an embedded lakeFS server in a separate JVM. {@link dev.lakefs.spring.benchmarks.BenchmarkMain}
 * runs them all and writes {@code docs/benchmarks.md}.
 */
@NullMarked
package dev.lakefs.spring.benchmarks;

import org.jspecify.annotations.NullMarked;
