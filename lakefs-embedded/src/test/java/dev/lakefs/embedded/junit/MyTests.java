package dev.lakefs.embedded.junit;

import dev.lakefs.embedded.EmbeddedLakeFS;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JUnit 5 example of {@code docs/embedded-server.md} ("In JUnit 5 tests"), word for word, so that it keeps
 * compiling and running. {@link EmbeddedLakeFSExtensionTests} tests the extension itself.
 */
@EmbeddedLakeFSTest
class MyTests {

    @Test
    void works(EmbeddedLakeFS lakeFS, @TestRepository String repository) {
        // repository: created for this test, with a main branch; point the code under test at lakeFS.endpoint()
        assertThat(lakeFS.url()).startsWith("http://127.0.0.1:");
    }
}
