/**
 * Latency of single small calls: stat an object, get a branch, list 100 objects, upload 1 KiB.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.small;

import org.jspecify.annotations.NullMarked;
