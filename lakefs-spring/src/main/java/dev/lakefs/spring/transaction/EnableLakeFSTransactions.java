package dev.lakefs.spring.transaction;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Enables {@link LakeFSTransactional} in an application without Spring Boot's auto-configuration (which enables it
 * on its own). The application context must hold a {@link LakeFSTransactionManager} bean.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(LakeFSTransactionConfiguration.class)
public @interface EnableLakeFSTransactions {

    /** Whether to proxy classes with CGLIB instead of proxying their interfaces. */
    boolean proxyTargetClass() default false;

    /** The repository of annotations that name none; placeholders are resolved. */
    String defaultRepository() default "";
}
