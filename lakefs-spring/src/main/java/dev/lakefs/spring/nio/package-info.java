/**
 * lakeFS as a {@link java.nio.file.FileSystem}: {@code Path.of(URI.create("lakefs://repository/ref/path"))} and the
 * JDK's {@link java.nio.file.Files} read, write, list, copy and move lakeFS objects, the Java counterpart of
 * lakefs-spec. Start from {@link dev.lakefs.spring.nio.LakeFSFileSystems}; the provider is
 * {@link dev.lakefs.spring.nio.LakeFSFileSystemProvider}.
 */
@NullMarked
package dev.lakefs.spring.nio;

import org.jspecify.annotations.NullMarked;
