/**
 * The start-up walkthrough: every step of the lakeFS Python SDK's guide, in Java, printed as it runs.
 */
@NullMarked
package dev.lakefs.spring.sample.walkthrough;

import org.jspecify.annotations.NullMarked;
