/**
 * The latency floor each HTTP transport sets for one caller, with no lakeFS client code on top.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.transport;

import org.jspecify.annotations.NullMarked;
