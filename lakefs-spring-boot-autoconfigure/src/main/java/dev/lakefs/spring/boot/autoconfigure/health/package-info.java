/**
 * Health indicators for lakeFS and their auto-configuration.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
