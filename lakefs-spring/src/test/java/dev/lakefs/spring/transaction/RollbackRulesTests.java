package dev.lakefs.spring.transaction;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RollbackRulesTests {

    @Test
    void withoutRulesUncheckedExceptionsRollBackAndCheckedOnesCommit() {
        RollbackRules rules = RollbackRules.defaults();
        assertThat(rules.rollbackOn(new IllegalStateException())).isTrue();
        assertThat(rules.rollbackOn(new AssertionError())).isTrue();
        assertThat(rules.rollbackOn(new IOException())).isFalse();
    }

    @Test
    void allExceptionsRollsBackOnCheckedExceptions() {
        assertThat(RollbackRules.allExceptions().rollbackOn(new IOException())).isTrue();
    }

    @Test
    void typeRuleMatchesSubclasses() {
        RollbackRules rules = RollbackRules.of(RollbackRule.rollbackOn(IOException.class));
        assertThat(rules.rollbackOn(new FileNotFoundException())).isTrue();
        assertThat(rules.rollbackOn(new TimeoutException())).isFalse();
    }

    @Test
    void closestRuleWinsWhateverTheDeclarationOrder() {
        RollbackRules noRollbackCloser = RollbackRules.of(RollbackRule.rollbackOn(Exception.class),
                RollbackRule.noRollbackOn(IOException.class));
        RollbackRules rollbackCloser = RollbackRules.of(RollbackRule.noRollbackOn(Exception.class),
                RollbackRule.rollbackOn(IOException.class));
        assertThat(noRollbackCloser.rollbackOn(new FileNotFoundException())).isFalse();
        assertThat(noRollbackCloser.rollbackOn(new TimeoutException())).isTrue();
        assertThat(rollbackCloser.rollbackOn(new FileNotFoundException())).isTrue();
        assertThat(rollbackCloser.rollbackOn(new TimeoutException())).isFalse();
    }

    @Test
    void noRollbackRuleOverridesTheUncheckedDefault() {
        RollbackRules rules = RollbackRules.of(RollbackRule.noRollbackOn(IllegalArgumentException.class));
        assertThat(rules.rollbackOn(new NumberFormatException())).isFalse();
        assertThat(rules.rollbackOn(new IllegalStateException())).isTrue();
    }

    @Test
    void nameRuleMatchesEveryClassNameContainingThePattern() {
        RollbackRule rule = RollbackRule.noRollbackOn("IOException");
        assertThat(rule.depth(new IOException())).isZero();
        assertThat(rule.depth(new UncheckedIOException(new IOException()))).isZero();
        assertThat(rule.depth(new FileNotFoundException())).isEqualTo(1);
        assertThat(rule.depth(new IllegalStateException())).isEqualTo(RollbackRule.NO_MATCH);
    }

    @Test
    void depthCountsSuperclassSteps() {
        RollbackRule rule = RollbackRule.rollbackOn(Exception.class);
        assertThat(rule.depth(new Exception())).isZero();
        assertThat(rule.depth(new RuntimeException())).isEqualTo(1);
        assertThat(rule.depth(new IllegalArgumentException())).isEqualTo(2);
        assertThat(rule.depth(new NumberFormatException())).isEqualTo(3);
        assertThat(rule.depth(new Error())).isEqualTo(RollbackRule.NO_MATCH);
    }
}
