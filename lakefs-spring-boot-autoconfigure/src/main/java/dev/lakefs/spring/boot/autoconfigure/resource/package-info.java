/**
 * Auto-configuration of {@code lakefs://} resource loading.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.resource;

import org.jspecify.annotations.NullMarked;
