/**
 * Docker Compose support: a {@code treeverse/lakefs} service of the application's compose file.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.docker.compose;

import org.jspecify.annotations.NullMarked;
