package dev.lakefs.embedded.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a running embedded lakeFS server, started once for the class and stopped after it. Inject it
 * as a field or parameter of type {@link dev.lakefs.embedded.EmbeddedLakeFS}, and a fresh repository per test with
 * a {@link TestRepository @TestRepository String} parameter or field.
 *
 * <pre>{@code
 * @EmbeddedLakeFSTest
 * class MyTest {
 *     @Test
 *     void uploads(EmbeddedLakeFS lakeFS, @TestRepository String repository) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EmbeddedLakeFSExtension.class)
public @interface EmbeddedLakeFSTest {
}
