/**
 * Auto-configuration of {@code lakefs://} paths ({@code java.nio.file}): the {@code LakeFS} bean becomes the client of
 * the default lakeFS file system.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.nio;

import org.jspecify.annotations.NullMarked;
