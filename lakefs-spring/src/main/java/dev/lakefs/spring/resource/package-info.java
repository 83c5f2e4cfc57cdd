/**
 * Spring {@link org.springframework.core.io.Resource} support for {@code lakefs://repository/ref/path} locations:
 * {@link dev.lakefs.spring.resource.LakeFSResource} and {@link dev.lakefs.spring.resource.LakeFSProtocolResolver}.
 */
@NullMarked
package dev.lakefs.spring.resource;

import org.jspecify.annotations.NullMarked;
