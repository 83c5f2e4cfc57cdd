/**
 * The high-level, blocking lakeFS API: {@link dev.lakefs.spring.LakeFS} and its nouns
 * ({@link dev.lakefs.spring.Repository}, {@link dev.lakefs.spring.Ref}, {@link dev.lakefs.spring.Branch},
 * {@link dev.lakefs.spring.Tag}, {@link dev.lakefs.spring.StoredObject}, {@link dev.lakefs.spring.WritableObject},
 * {@link dev.lakefs.spring.ImportManager}), the Java counterpart of lakeFS's Python High Level SDK.
 */
@NullMarked
package dev.lakefs.spring;

import org.jspecify.annotations.NullMarked;
