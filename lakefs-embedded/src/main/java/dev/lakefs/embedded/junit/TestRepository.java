package dev.lakefs.embedded.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} test parameter or instance field that receives the id of a repository created for the
 * current test (with a {@code main} branch unless {@link #defaultBranch()} says otherwise). Each test gets a new one.
 */
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TestRepository {

    /** The default branch of the repository. */
    String defaultBranch() default "main";
}
