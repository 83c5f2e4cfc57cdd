package dev.lakefs.embedded.junit;

import java.util.HashSet;
import java.util.Set;

import dev.lakefs.embedded.EmbeddedLakeFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The JUnit Jupiter extension: one running server per class, injected; a fresh repository per test on request. */
@EmbeddedLakeFSTest
class EmbeddedLakeFSExtensionTests {

    private static final Set<String> repositories = new HashSet<>();

    private static EmbeddedLakeFS staticServer;

    private EmbeddedLakeFS fieldServer;

    @TestRepository
    private String fieldRepository;

    @AfterAll
    static void eachTestHadItsOwnRepository() {
        assertThat(repositories).hasSize(3);
    }

    @Test
    @DisplayName("the server is started and injected into static fields, instance fields and parameters")
    void injectsTheServer(EmbeddedLakeFS parameterServer) {
        assertThat(parameterServer).isSameAs(this.fieldServer).isSameAs(staticServer);
        assertThat(parameterServer.url()).startsWith("http://127.0.0.1:");
    }

    @RepeatedTest(3)
    @DisplayName("@TestRepository gives each test a new repository with a main branch, as parameter and field")
    void freshRepositoryPerTest(@TestRepository String repository, EmbeddedLakeFS lakeFS) {
        assertThat(repository).matches("^[a-z0-9][a-z0-9-]{2,62}$").isNotEqualTo(this.fieldRepository);
        assertThat(repositories.add(repository)).isTrue();
        assertThatIllegalStateException()
            .isThrownBy(() -> lakeFS.createRepository(repository, "main"))
            .withMessageContaining("not unique");
    }

    @Nested
    class RegisteredWithCustomizer {

        @RegisterExtension
        final EmbeddedLakeFSExtension custom = new EmbeddedLakeFSExtension(
                (builder) -> builder.credentials("custom-key", "custom-secret"));

        @Test
        @DisplayName("@RegisterExtension with a customizer configures the server before it starts")
        void customizedServer() {
            assertThat(this.custom.server().accessKeyId()).isEqualTo("custom-key");
        }
    }
}
