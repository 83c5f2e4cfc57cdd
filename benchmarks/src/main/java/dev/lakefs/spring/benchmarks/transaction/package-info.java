/**
 * The cost of a branch transaction around one small write, against the five calls it stands for made by hand.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.transaction;

import org.jspecify.annotations.NullMarked;
