/**
 * Object streams with bounded memory: {@link dev.lakefs.spring.io.ObjectReader} (ranged, seekable, streaming
 * reads), {@link dev.lakefs.spring.io.ObjectWriter} (uploads on commit, never a partial object) and the
 * memory-then-disk {@link dev.lakefs.spring.io.SpoolingOutputStream} they are built on.
 */
@NullMarked
package dev.lakefs.spring.io;

import org.jspecify.annotations.NullMarked;
