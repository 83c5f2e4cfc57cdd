package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.model.ObjectStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Copies and moves: on the server inside a repository, streamed across repositories and to or from local disk.
 */
class CopyAndMoveTests extends AbstractFileSystemTests {

    @TempDir
    Path local;

    @Test
    void copiesInsideARepositoryOnTheServer() throws IOException {
        Files.writeString(path("main", "src/data.csv"), "a,b\n", LakeFSOpenOption.contentType("text/csv"),
                LakeFSOpenOption.userMetadata(Map.of("k", "v")));
        this.repo.branch("dev").create("main");
        int downloads = requestsFor("getObject").size();
        int uploads = requestsFor("uploadObject").size();

        Files.copy(path("main", "src/data.csv"), path("dev", "copy/data.csv"));

        assertThat(requestsFor("copyObject")).isNotEmpty();
        assertThat(requestsFor("getObject")).hasSize(downloads);
        assertThat(requestsFor("uploadObject")).hasSize(uploads);
        ObjectStats copy = this.repo.branch("dev").object("copy/data.csv").stat();
        assertThat(this.repo.branch("dev").object("copy/data.csv").readString()).isEqualTo("a,b\n");
        assertThat(copy.contentType()).isEqualTo("text/csv");
        assertThat(copy.metadata()).containsEntry("k", "v");
    }

    @Test
    void replaceExistingIsHonoured() throws IOException {
        Files.writeString(path("main", "a.txt"), "a");
        Files.writeString(path("main", "b.txt"), "b");
        assertThatExceptionOfType(FileAlreadyExistsException.class)
            .isThrownBy(() -> Files.copy(path("main", "a.txt"), path("main", "b.txt")))
            .withMessageContaining(path("main", "b.txt").toString());
        assertThat(Files.readString(path("main", "b.txt"))).isEqualTo("b");
        Files.copy(path("main", "a.txt"), path("main", "b.txt"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.readString(path("main", "b.txt"))).isEqualTo("a");
    }

    @Test
    void movesAreCopiesAndDeletes() throws IOException {
        Files.writeString(path("main", "from/x.txt"), "x");
        Files.move(path("main", "from/x.txt"), path("main", "to/x.txt"));
        assertThat(Files.exists(path("main", "from/x.txt"))).isFalse();
        assertThat(Files.readString(path("main", "to/x.txt"))).isEqualTo("x");
        assertThatExceptionOfType(AtomicMoveNotSupportedException.class).isThrownBy(() -> Files
            .move(path("main", "to/x.txt"), path("main", "y.txt"), StandardCopyOption.ATOMIC_MOVE));
        assertThatExceptionOfType(IOException.class)
            .isThrownBy(() -> Files.move(path("main", "to"), path("main", "elsewhere")))
            .withMessageContaining("directory");

        this.repo.branch("main").commit("moved");
        this.repo.tag("v1").create("main");
        assertThatExceptionOfType(AccessDeniedException.class)
            .isThrownBy(() -> Files.move(path("v1", "to/x.txt"), path("main", "from-tag.txt")));
        assertThat(Files.exists(path("main", "from-tag.txt"))).as("nothing copied").isFalse();
    }

    @Test
    void copiesAcrossRepositoriesByStreaming() throws IOException {
        Repository other = newRepository();
        Files.writeString(path("main", "data.csv"), "1,2\n", LakeFSOpenOption.contentType("text/csv"));
        Path target = this.fileSystem.getPath("/" + other.id(), "main", "imported/data.csv");
        int copies = requestsFor("copyObject").size();
        Files.copy(path("main", "data.csv"), target);
        assertThat(requestsFor("copyObject")).hasSize(copies);
        assertThat(other.branch("main").object("imported/data.csv").readString()).isEqualTo("1,2\n");
        assertThat(other.branch("main").object("imported/data.csv").stat().contentType()).isEqualTo("text/csv");

        Files.move(target, this.fileSystem.getPath("/" + other.id(), "main", "moved.csv"));
        assertThat(other.branch("main").object("moved.csv").readString()).isEqualTo("1,2\n");
        assertThat(other.branch("main").object("imported/data.csv").exists()).isFalse();
    }

    @Test
    void copiesToAndFromLocalDisk() throws IOException {
        Path demo = this.local.resolve("demo.txt");
        Files.writeString(demo, "Hello, lakeFS!");
        Path remote = path("main", "demo.txt");

        Files.copy(demo, remote);
        assertThat(this.repo.branch("main").object("demo.txt").readString()).isEqualTo("Hello, lakeFS!");
        assertThatExceptionOfType(FileAlreadyExistsException.class).isThrownBy(() -> Files.copy(demo, remote));
        Files.writeString(demo, "Hello again");
        int deletes = requestsFor("deleteObject").size();
        Files.copy(demo, remote, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(Files.readString(remote)).isEqualTo("Hello again");
        assertThat(requestsFor("deleteObject")).as("the JDK deletes the target first").hasSize(deletes + 1);

        Path back = this.local.resolve("back.txt");
        Files.copy(remote, back);
        assertThat(Files.readString(back, StandardCharsets.UTF_8)).isEqualTo("Hello again");
        Files.copy(Files.newInputStream(remote), this.local.resolve("streamed.txt"));
        assertThat(Files.readString(this.local.resolve("streamed.txt"))).isEqualTo("Hello again");
    }
}
