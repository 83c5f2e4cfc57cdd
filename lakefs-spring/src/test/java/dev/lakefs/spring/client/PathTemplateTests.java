package dev.lakefs.spring.client;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathTemplateTests {

    @Test
    void expandsEachVariableInPlace() {
        StringBuilder uri = new StringBuilder("http://localhost:8000/api/v1");
        PathTemplate.compile("/repositories/{repository}/refs/{sourceRef}/merge/{destinationBranch}")
            .expand(uri, Map.of("repository", "repo", "sourceRef", "feature", "destinationBranch", "main"));
        assertThat(uri).hasToString("http://localhost:8000/api/v1/repositories/repo/refs/feature/merge/main");
    }

    @Test
    void keepsATemplateWithoutVariables() {
        StringBuilder uri = new StringBuilder();
        PathTemplate template = PathTemplate.compile("/config/version");
        template.expand(uri, Map.of());
        assertThat(uri).hasToString("/config/version");
        assertThat(template.template()).isEqualTo("/config/version");
    }

    @Test
    void percentEncodesEverythingOutsideTheUnreservedCharacters() {
        // RFC 3986 section 2.3: only ALPHA, DIGIT, "-", ".", "_" and "~" go unencoded; UTF-8 bytes otherwise
        StringBuilder uri = new StringBuilder();
        PathTemplate.appendEncoded(uri, "a b&c+d=e/f%g?h#i~j.k_l-m:n@o;p,qü");
        assertThat(uri).hasToString("a%20b%26c%2Bd%3De%2Ff%25g%3Fh%23i~j.k_l-m%3An%40o%3Bp%2Cq%C3%BC");
    }

    @Test
    void encodesAVariableThatHoldsASlash() {
        StringBuilder uri = new StringBuilder();
        PathTemplate.compile("/repositories/{repository}/refs/{ref}/objects")
            .expand(uri, Map.of("repository", "repo", "ref", "feature/x"));
        assertThat(uri).hasToString("/repositories/repo/refs/feature%2Fx/objects");
    }

    @Test
    void aMissingVariableIsNamed() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> PathTemplate.compile("/repositories/{repository}").expand(new StringBuilder(), Map.of()))
            .withMessageContaining("'repository'");
    }

    @Test
    void anUnclosedVariableIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.compile("/repositories/{repository"))
            .withMessageContaining("Unclosed");
    }

}
