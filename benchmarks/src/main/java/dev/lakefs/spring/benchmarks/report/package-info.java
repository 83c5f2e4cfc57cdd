/**
 * Turns JMH results into the tables of {@code docs/benchmarks.md}, and measures the client JVM's memory.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.report;

import org.jspecify.annotations.NullMarked;
