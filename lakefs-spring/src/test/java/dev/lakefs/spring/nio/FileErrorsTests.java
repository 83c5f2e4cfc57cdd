package dev.lakefs.spring.nio;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * lakeFS's statuses as the exceptions {@link Files} callers expect, each naming the path; file systems for an
 * endpoint and keys.
 */
class FileErrorsTests extends AbstractFileSystemTests {

    @Test
    void wrongCredentialsAreAccessDenied() throws IOException {
        try (FileSystem wrongKeys = FileSystems.newFileSystem(URI.create("lakefs:///"),
                Map.of(LakeFSFileSystems.ENDPOINT, server.endpoint(), LakeFSFileSystems.ACCESS_KEY_ID, "AKIAWRONG",
                        LakeFSFileSystems.SECRET_ACCESS_KEY, "wrong"))) {
            Path path = wrongKeys.getPath("/" + this.repo.id(), "main", "data.txt");
            assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Files.readString(path))
                .withMessageContaining(path.toString())
                .withMessageContaining("401");
        }
    }

    @Test
    void fileSystemsForAnEndpointAndKeysAreOnePerEndpoint() throws IOException {
        Map<String, String> env = Map.of(LakeFSFileSystems.ENDPOINT, server.endpoint(),
                LakeFSFileSystems.ACCESS_KEY_ID, server.accessKeyId(), LakeFSFileSystems.SECRET_ACCESS_KEY,
                server.secretAccessKey());
        try (FileSystem explicit = FileSystems.newFileSystem(URI.create("lakefs:///"), env)) {
            Files.writeString(explicit.getPath("/" + this.repo.id(), "main", "explicit.txt"), "explicit");
            assertThat(this.repo.branch("main").object("explicit.txt").readString()).isEqualTo("explicit");
            assertThat(explicit.provider()).isInstanceOf(LakeFSFileSystemProvider.class);
            assertThat(Path.of(URI.create("lakefs://" + this.repo.id() + "/main/explicit.txt")).getFileSystem())
                .as("with no LakeFS installed, Path.of uses it").isSameAs(explicit);
            assertThatExceptionOfType(FileSystemAlreadyExistsException.class)
                .isThrownBy(() -> FileSystems.newFileSystem(URI.create("lakefs:///"), env));
        }
        try (FileSystem again = FileSystems.newFileSystem(URI.create("lakefs:///"), env)) {
            assertThat(again.isOpen()).isTrue();
        }
    }

    @Test
    void invalidNamesAndLevelsAreNamed() {
        assertThatExceptionOfType(NoSuchFileException.class)
            .isThrownBy(() -> Files.readString(this.fileSystem.getPath("/Invalid_Repo/main/x")))
            .withMessageContaining("/Invalid_Repo/main/x");
        assertThatExceptionOfType(FileSystemException.class)
            .isThrownBy(() -> Files.delete(this.fileSystem.getPath("/" + this.repo.id(), "main")))
            .withMessageContaining("lakeFS API");
    }

    @Test
    void otherFailuresCarryLakeFSMessage() {
        server.faults().failOnce("getObject", 500);
        try {
            assertThatExceptionOfType(FileSystemException.class)
                .isThrownBy(() -> Files.readString(path("main", "x.txt")))
                .withMessageContaining(path("main", "x.txt").toString())
                .withMessageContaining("500");
        }
        finally {
            server.faults().clear();
        }
    }
}
