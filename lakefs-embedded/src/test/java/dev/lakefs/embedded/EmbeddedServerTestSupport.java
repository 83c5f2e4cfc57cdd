package dev.lakefs.embedded;

import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.embedded.junit.TestRepository;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the server's behaviour tests: one embedded server per test class (through the JUnit extension under test
 * itself), a fresh repository with a {@code main} branch per test, and an HTTP client.
 */
@EmbeddedLakeFSTest
abstract class EmbeddedServerTestSupport {

    static EmbeddedLakeFS lakeFS;

    @TestRepository
    String repository;

    LakeFSHttp http;

    @BeforeEach
    void createClient() {
        lakeFS.faults().clear();
        this.http = new LakeFSHttp(lakeFS);
    }

    /** A path under the test's repository, e.g. {@code repo("/branches")}. */
    String repo(String path) {
        return "/repositories/" + this.repository + path;
    }

    String objectPath(String ref, String path) {
        return repo("/refs/" + ref + "/objects?path=" + LakeFSHttp.encode(path));
    }
}
