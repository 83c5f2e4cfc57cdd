package dev.lakefs.spring.transaction;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated method (or every public method of the annotated type) in a lakeFS branch transaction: a hidden
 * ephemeral branch is created from the source branch's head, the method's object reads and writes through the source
 * branch are routed to it, and when the method returns its changes are committed and merged into the source branch
 * in one merge commit; when it throws, the ephemeral branch is deleted and the source branch is left untouched.
 * <p>
 * String attributes accept property placeholders ({@code ${…}}, resolved once) and SpEL templates ({@code #{…}},
 * evaluated per call) with the method's arguments as variables, by name ({@code #dataset}) or position
 * ({@code #p0}, {@code #a0}), and beans as {@code @beanName}. Methods returning {@code Mono} or {@code Flux} are
 * transactional for the duration of their subscription; cancelling it rolls back.
 * <p>
 * Processed by {@link LakeFSTransactionalBeanPostProcessor}, which {@link EnableLakeFSTransactions} and the Spring
 * Boot auto-configuration register.
 *
 * @see LakeFSTransactionTemplate
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface LakeFSTransactional {

    /**
     * The repository id. Empty means the default repository configured on the interceptor
     * ({@code lakefs.transaction.default-repository} in Spring Boot).
     */
    String repository() default "";

    /** The source branch the transaction merges into. */
    String branch() default "main";

    /** The message of the transaction's commit. Empty means {@code "Transaction <ephemeral branch id>"}. */
    String commitMessage() default "";

    /** Commit metadata as {@code key=value} entries; both sides may use placeholders and SpEL. */
    String[] metadata() default {};

    /** A tag to create on the merge commit; empty for none. */
    String tag() default "";

    /** Whether to squash-merge, so that the source branch gains exactly one commit. */
    boolean squash() default false;

    /**
     * How conflicts with concurrent changes of the source branch are resolved: empty (conflicts fail the
     * transaction), {@code dest-wins} or {@code source-wins}.
     */
    String strategy() default "";

    /** How this scope relates to a transaction already open on the same repository and branch. */
    Propagation propagation() default Propagation.REQUIRED;

    /** Exceptions that roll back (in addition to unchecked ones); the closest matching rule wins. */
    Class<? extends Throwable>[] rollbackFor() default {};

    /** Names (substrings of fully qualified class names) of exceptions that roll back. */
    String[] rollbackForClassName() default {};

    /** Exceptions that commit despite being thrown; the closest matching rule wins. */
    Class<? extends Throwable>[] noRollbackFor() default {};

    /** Names (substrings of fully qualified class names) of exceptions that commit despite being thrown. */
    String[] noRollbackForClassName() default {};

    /** Whether a rolled back transaction's branch is deleted; {@code false} keeps it for debugging. */
    boolean deleteBranchOnFailure() default true;
}
