package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the file system's tests: the embedded server over real HTTP (from {@link AbstractEmbeddedLakeFSTests}), a
 * {@link LakeFSFileSystem} over its client, and a fresh repository per test.
 */
abstract class AbstractFileSystemTests extends AbstractEmbeddedLakeFSTests {

    protected LakeFSFileSystem fileSystem;

    protected Repository repo;

    @BeforeEach
    void openFileSystem() {
        this.fileSystem = LakeFSFileSystems.newFileSystem(lakeFS, fileSystemEnvironment());
        this.repo = newRepository();
    }

    @AfterEach
    void closeFileSystem() throws IOException {
        this.fileSystem.close();
    }

    /** Settings of the file system under test. */
    protected Map<String, ?> fileSystemEnvironment() {
        return Map.of();
    }

    /** {@code /<repo>/<ref>/<path>} on the file system under test. */
    protected Path path(String ref, String path) {
        return this.fileSystem.getPath("/" + this.repo.id(), ref, path);
    }
}
