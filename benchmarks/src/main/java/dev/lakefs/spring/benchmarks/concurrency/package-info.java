/**
 * Many callers sharing one client: throughput and tail latency of a mix of small calls.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.concurrency;

import org.jspecify.annotations.NullMarked;
