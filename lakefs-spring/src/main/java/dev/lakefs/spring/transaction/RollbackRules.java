package dev.lakefs.spring.transaction;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether an exception rolls a transaction back: among the rules that match, the one closest to the
 * exception's class wins (ties go to the first declared); when none matches, unchecked exceptions ({@link RuntimeException}
 * and {@link Error}) roll back and checked exceptions commit, as in spring-tx.
 *
 * @param rules the rules, in declaration order
 */
public record RollbackRules(List<RollbackRule> rules) {

    private static final RollbackRules DEFAULTS = new RollbackRules(List.of());

    private static final RollbackRules ALL = new RollbackRules(List.of(RollbackRule.rollbackOn(Throwable.class)));

    public RollbackRules {
        rules = List.copyOf(rules);
    }

    /**
     * No rules: roll back on unchecked exceptions only.
     * @return the rules
     */
    public static RollbackRules defaults() {
        return DEFAULTS;
    }

    /**
     * Roll back on every exception, checked or not.
     * @return the rules
     */
    public static RollbackRules allExceptions() {
        return ALL;
    }

    /** The rules in the given order. */
    public static RollbackRules of(RollbackRule... rules) {
        return new RollbackRules(List.of(rules));
    }

    /**
     * These rules, then "roll back on everything" for what none of them matches: the programmatic API's rules, where
     * the work's own exceptions, checked or not, are failures.
     */
    RollbackRules orElseRollbackOnAll() {
        List<RollbackRule> all = new ArrayList<>(this.rules);
        all.add(RollbackRule.rollbackOn(Throwable.class));
        return new RollbackRules(all);
    }

    /** Whether {@code exception} rolls the transaction back. */
    public boolean rollbackOn(Throwable exception) {
        RollbackRule winner = closestRule(exception);
        if (winner == null) {
            return exception instanceof RuntimeException || exception instanceof Error;
        }
        return winner.rollback();
    }

    private @Nullable RollbackRule closestRule(Throwable exception) {
        RollbackRule winner = null;
        int closest = Integer.MAX_VALUE;
        for (RollbackRule rule : this.rules) {
            int depth = rule.depth(exception);
            if (depth != RollbackRule.NO_MATCH && depth < closest) {
                closest = depth;
                winner = rule;
            }
        }
        return winner;
    }
}
