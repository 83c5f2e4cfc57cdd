/**
 * Testcontainers support: {@code @ServiceConnection} on a {@code treeverse/lakefs} container.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.testcontainers;

import org.jspecify.annotations.NullMarked;
