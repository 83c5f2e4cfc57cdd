package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * One rule deciding whether an exception rolls a transaction back, with spring-tx's matching semantics: a rule given
 * as a type matches that type and its subclasses; a rule given as a name matches every exception whose fully
 * qualified class name <em>contains</em> it (so {@code "IOException"} also matches {@code UncheckedIOException}).
 *
 * @param exceptionType the exception type this rule matches, or {@code null} for a name rule
 * @param exceptionName the type's name, or the pattern of a name rule
 * @param rollback {@code true} to roll back on a match, {@code false} to commit anyway
 */
public record RollbackRule(@Nullable Class<? extends Throwable> exceptionType, String exceptionName, boolean rollback) {

    /** Returned by {@link #depth(Throwable)} when the rule does not match. */
    public static final int NO_MATCH = -1;

    public RollbackRule {
        Assert.hasText(exceptionName, "exceptionName must not be empty");
    }

    /** A rule that rolls back on {@code type} and its subclasses. */
    public static RollbackRule rollbackOn(Class<? extends Throwable> type) {
        return new RollbackRule(type, type.getName(), true);
    }

    /** A rule that commits despite {@code type} and its subclasses. */
    public static RollbackRule noRollbackOn(Class<? extends Throwable> type) {
        return new RollbackRule(type, type.getName(), false);
    }

    /** A rule that rolls back on every exception whose class name contains {@code namePattern}. */
    public static RollbackRule rollbackOn(String namePattern) {
        return new RollbackRule(null, namePattern, true);
    }

    /** A rule that commits despite every exception whose class name contains {@code namePattern}. */
    public static RollbackRule noRollbackOn(String namePattern) {
        return new RollbackRule(null, namePattern, false);
    }

    /**
     * How many superclass steps separate {@code exception}'s class from the class this rule matched (0 for the
     * exception's own class), or {@link #NO_MATCH}.
     */
    public int depth(Throwable exception) {
        int depth = 0;
        for (Class<?> type = exception.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (matches(type)) {
                return depth;
            }
            depth++;
        }
        return NO_MATCH;
    }

    private boolean matches(Class<?> type) {
        return (this.exceptionType != null) ? this.exceptionType == type : type.getName().contains(this.exceptionName);
    }
}
