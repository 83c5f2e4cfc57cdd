/**
 * Auto-configuration of lakeFS metrics and observations.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
