package dev.lakefs.spring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The naming rules of lakeFS (SEMANTICS §5.2-3), checked on the client.
 */
class LakeFSNamesTests {

    @ParameterizedTest
    @ValueSource(strings = { "abc", "example-repo", "0repo", "a23456789012345678901234567890123456789012345678901234567890123" })
    void acceptsValidRepositoryIds(String id) {
        assertThat(LakeFSNames.requireRepositoryId(id)).isEqualTo(id);
    }

    @Test
    void rejectsARepositoryIdThatIsTooShort() {
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requireRepositoryId("ab"))
            .withMessageContaining("Invalid repository id 'ab': too short")
            .withMessageContaining("^[a-z0-9][a-z0-9-]{2,62}$")
            .satisfies((ex) -> assertThat(ex.kind()).isEqualTo(LakeFSNames.Kind.REPOSITORY_ID));
    }

    @Test
    void rejectsARepositoryIdThatIsTooLong() {
        String id = "a".repeat(64);
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requireRepositoryId(id))
            .withMessageContaining("too long (64 characters)");
    }

    @Test
    void namesTheOffendingCharacterOfARepositoryId() {
        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> LakeFSNames.requireRepositoryId("Example-Repo"))
            .withMessageContaining("contains the uppercase letter 'E'");
        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> LakeFSNames.requireRepositoryId("my_repo"))
            .withMessageContaining("contains the character '_'");
        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> LakeFSNames.requireRepositoryId("-repo"))
            .withMessageContaining("starts with a dash");
    }

    @ParameterizedTest
    @ValueSource(strings = { "main", "experiment_1", "Feature-X", "_hidden", "1" })
    void acceptsValidBranchIds(String id) {
        assertThat(LakeFSNames.requireBranchId(id)).isEqualTo(id);
    }

    @Test
    void rejectsInvalidBranchIdsWithLakeFSsRule() {
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requireBranchId("-main"))
            .withMessageContaining("starts with a dash")
            .withMessageContaining("must consist of letters, digits, underscores and dashes, and cannot start with a dash");
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requireBranchId("feature/x"))
            .withMessageContaining("contains the character '/'");
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requireBranchId("main~1"))
            .withMessageContaining("contains the character '~'");
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requireBranchId(""))
            .withMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = { "v1.0", "release-2024", "v1~rc" })
    void acceptsValidTagIds(String id) {
        assertThat(LakeFSNames.requireTagId(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "@", "a/b", "a..b", "a@{b", "a^b", "a:b", "a?b", "a*b", "a[b", "a\\b", "a b", "v1.", "v1.lock" })
    void rejectsTagIdsThatBreakGitsRules(String id) {
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requireTagId(id))
            .withMessageStartingWith("Invalid tag id '" + id + "'")
            .withMessageContaining("git's ref rules");
    }

    @Test
    void acceptsRefExpressionsWithModifiersButNotWhitespace() {
        assertThatNoException().isThrownBy(() -> LakeFSNames.requireRef("main~2"));
        assertThatNoException().isThrownBy(() -> LakeFSNames.requireRef("v1^2"));
        assertThatNoException().isThrownBy(() -> LakeFSNames.requireRef("main@"));
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requireRef("main 1"))
            .withMessageContaining("contains a space");
    }

    @Test
    void checksPathLengthInUtf8Bytes() {
        assertThatNoException().isThrownBy(() -> LakeFSNames.requirePath("é".repeat(512)));
        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> LakeFSNames.requirePath("é".repeat(513)))
            .withMessageContaining("1026 bytes long")
            .withMessageContaining("1 to 1024 bytes");
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> LakeFSNames.requirePath(""))
            .withMessageContaining("empty");
    }

    @Test
    void checksStorageNamespaceSchemes() {
        assertThatNoException().isThrownBy(() -> LakeFSNames.requireStorageNamespace("s3://bucket/repo"));
        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> LakeFSNames.requireStorageNamespace("ftp://bucket/repo"))
            .withMessageContaining("supported scheme");
    }
}
