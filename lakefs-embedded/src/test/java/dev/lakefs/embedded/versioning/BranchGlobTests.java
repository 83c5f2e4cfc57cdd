package dev.lakefs.embedded.versioning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Branch protection patterns, with the glob syntax lakeFS compiles them with (gobwas/glob without separators).
 */
class BranchGlobTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "main|main|true", "main|mainline|false", "*|anything|true", "*|''|true", "release-*|release-1.0|true",
            "release-*|release|false", "?|a|true", "?|ab|false", "a*b*c|abbbc|true", "a*b*c|acb|false",
            "*-prod|eu-prod|true", "[abc]x|bx|true", "[abc]x|dx|false", "[a-c]x|cx|true", "[!a-c]x|dx|true",
            "[!a-c]x|ax|false", "[^a]|^|true", "[^a]|b|false", "{main,dev}|dev|true", "{main,dev}|test|false",
            "env-{a,b{1,2}}|env-b2|true", "env-{a,b{1,2}}|env-b3|false", "\\*|*|true", "\\*|a|false",
            "a,b|a,b|true", "a}|a}|true", "[-a]|-|true", "[a-]|-|true" })
    void matchesAsGobwasGlob(String pattern, String name, boolean matches) {
        BranchGlob glob = BranchGlob.compile(pattern);
        assertThat(glob).isNotNull();
        assertThat(glob.matches(name)).isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = { "[abc", "{a,b", "a\\", "[]", "[!]", "[z-a]" })
    void malformedPatternsDoNotCompile(String pattern) {
        assertThat(BranchGlob.compile(pattern)).isNull();
    }

    @Test
    void alternativesExpandIntoABoundedNumberOfPatterns() {
        assertThat(BranchGlob.compile("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}")).isNotNull();
        assertThat(BranchGlob.compile("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}")).isNull();
    }

    @Test
    void starsDoNotBacktrackExponentially() {
        BranchGlob glob = BranchGlob.compile("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        assertThat(glob).isNotNull();
        // a backtracking matcher tries on the order of 200^20 splits here; this one at most 200 × 41 steps
        assertThat(glob.matches("a".repeat(200))).isFalse();
        assertThat(glob.matches("a".repeat(200) + "b")).isTrue();
    }

}
