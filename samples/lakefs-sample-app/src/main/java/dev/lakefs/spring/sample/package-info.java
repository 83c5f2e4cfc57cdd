/**
 * The lakeFS for Spring sample application.
 */
@NullMarked
package dev.lakefs.spring.sample;

import org.jspecify.annotations.NullMarked;
