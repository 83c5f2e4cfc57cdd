/**
 * The four ways of calling lakeFS that the benchmarks compare, behind one interface,
 * {@link dev.lakefs.spring.benchmarks.contenders.LakeFSCalls}, so that every benchmark runs the same code path for
 * each.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.contenders;

import org.jspecify.annotations.NullMarked;
