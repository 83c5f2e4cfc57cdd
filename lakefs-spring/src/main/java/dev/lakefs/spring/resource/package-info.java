/**
 * Spring {@link org.springframework.core.io.Resource} support for {@code lakefs://repository/ref/path} locations:
 * {@link dev.lakefs.spring.resource.LakeFSResource}, {@link dev.lakefs.spring.resource.LakeFSProtocolResolver},
 * Ant-style location patterns with {@link dev.lakefs.spring.resource.LakeFSResourcePatternResolver}, and
 * {@link dev.lakefs.spring.resource.StagedLakeFSResource} for writers that need a local file.
 */
@NullMarked
package dev.lakefs.spring.resource;

import org.jspecify.annotations.NullMarked;
