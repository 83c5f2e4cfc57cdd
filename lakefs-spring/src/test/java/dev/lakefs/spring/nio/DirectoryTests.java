package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.lakefs.spring.Branch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Directories are prefixes: listing, walking, finding, creating and deleting.
 */
class DirectoryTests extends AbstractFileSystemTests {

    /** Small pages, so that a few objects span several listing requests. */
    @Override
    protected Map<String, ?> fileSystemEnvironment() {
        return Map.of(LakeFSFileSystems.LIST_PAGE_SIZE, 3);
    }

    private void upload(String... paths) {
        Branch main = this.repo.branch("main");
        for (String path : paths) {
            main.object(path).upload("data of " + path);
        }
    }

    @Test
    void listsOneLevel() throws IOException {
        upload("datasets/2024/a.csv", "datasets/2024/b.csv", "datasets/2025/c.csv", "datasets/readme.txt", "top.txt");
        try (Stream<Path> entries = Files.list(path("main", "datasets"))) {
            assertThat(entries).containsExactly(path("main", "datasets/2024"), path("main", "datasets/2025"),
                    path("main", "datasets/readme.txt"));
        }
        try (Stream<Path> entries = Files.list(this.fileSystem.getPath("/" + this.repo.id(), "main"))) {
            assertThat(entries).containsExactly(path("main", "datasets"), path("main", "top.txt"));
        }
        try (Stream<Path> branches = Files.list(this.fileSystem.getPath("/" + this.repo.id()))) {
            assertThat(branches).contains(this.fileSystem.getPath("/" + this.repo.id(), "main"));
        }
        try (Stream<Path> repositories = Files.list(this.fileSystem.getPath("/"))) {
            assertThat(repositories).contains(this.fileSystem.getPath("/" + this.repo.id()));
        }
        assertThat(Files.isDirectory(path("main", "datasets/2024"))).isTrue();
        assertThat(Files.isRegularFile(path("main", "datasets/readme.txt"))).isTrue();
        assertThat(Files.exists(path("main", "datasets"))).isTrue();
        assertThat(Files.notExists(path("main", "nothing"))).isTrue();
        assertThat(Files.isDirectory(this.fileSystem.getPath("/" + this.repo.id(), "main"))).isTrue();
        assertThat(Files.exists(this.fileSystem.getPath("/" + this.repo.id(), "no-branch"))).isFalse();
    }

    @Test
    void directoryStreamsFilterWithGlobs() throws IOException {
        upload("csv/a.csv", "csv/b.csv", "csv/c.txt", "csv/sub/d.csv");
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(path("main", "csv"), "*.csv")) {
            stream.forEach((entry) -> names.add(entry.getFileName().toString()));
        }
        assertThat(names).containsExactly("a.csv", "b.csv");
    }

    @Test
    void listingIsLazyAndPaginated() throws IOException {
        String[] paths = new String[20];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = String.format("many/file-%02d.txt", i);
        }
        upload(paths);
        int before = requestsFor("listObjects").size();
        try (Stream<Path> entries = Files.list(path("main", "many"))) {
            assertThat(entries.limit(4)).hasSize(4);
        }
        assertThat(requestsFor("listObjects").size() - before).as("two pages of 3 for 4 entries").isEqualTo(2);

        before = requestsFor("listObjects").size();
        try (Stream<Path> entries = Files.list(path("main", "many"))) {
            assertThat(entries).hasSize(20);
        }
        assertThat(requestsFor("listObjects").size() - before).isEqualTo(7);
    }

    @Test
    void walksAndFindsWithoutARequestPerEntry() throws IOException {
        upload("data/2024/01/a.csv", "data/2024/01/b.csv", "data/2024/02/c.csv", "data/2025/d.csv", "data/notes.txt");
        int statsBefore = requestsFor("statObject").size() + requestsFor("headObject").size();
        try (Stream<Path> walk = Files.walk(path("main", "data"))) {
            assertThat(walk.filter(Files::isRegularFile).map((p) -> path("main", "data").relativize(p).toString()))
                .containsExactly("2024/01/a.csv", "2024/01/b.csv", "2024/02/c.csv", "2025/d.csv", "notes.txt");
        }
        try (Stream<Path> found = Files.find(path("main", "data"), 10,
                (p, attributes) -> attributes.isRegularFile() && p.toString().endsWith(".csv")
                        && attributes.size() == ("data of " + path("main", "data").relativize(p)).length() + 5)) {
            assertThat(found).hasSize(4);
        }
        try (Stream<Path> shallow = Files.walk(path("main", "data"), 1)) {
            assertThat(shallow).hasSize(4);
        }
        int statsAfter = requestsFor("statObject").size() + requestsFor("headObject").size();
        // 9 entries per walk: a request per entry would make 27; the start directory of each walk is all that is read.
        assertThat(statsAfter - statsBefore).isLessThanOrEqualTo(6);

        PathMatcher csv = this.fileSystem.getPathMatcher("glob:" + path("main", "data") + "/**/*.csv");
        try (Stream<Path> found = Files.find(path("main", "data"), Integer.MAX_VALUE, (p, a) -> csv.matches(p))) {
            assertThat(found).hasSize(4);
        }
    }

    @Test
    void missingAndNonDirectoriesFailToList() {
        upload("file.txt");
        assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> Files.list(path("main", "nothing")));
        assertThatExceptionOfType(NotDirectoryException.class).isThrownBy(() -> Files.list(path("main", "file.txt")));
        assertThatExceptionOfType(NoSuchFileException.class)
            .isThrownBy(() -> Files.list(this.fileSystem.getPath("/" + this.repo.id(), "no-branch")));
    }

    @Test
    void createDirectoriesWritesNothing() throws IOException {
        upload("existing/file.txt");
        Path dir = path("main", "new/nested/dir");
        assertThat(Files.createDirectories(dir)).isEqualTo(dir);
        assertThat(Files.exists(dir)).as("a prefix exists once an object is under it").isFalse();
        assertThat(this.repo.branch("main").uncommitted()).extracting((diff) -> diff.path())
            .containsExactly("existing/file.txt");
        Files.writeString(dir.resolve("file.txt"), "x");
        assertThat(Files.isDirectory(dir)).isTrue();
        assertThat(Files.createDirectories(path("main", "existing"))).isEqualTo(path("main", "existing"));
        assertThatExceptionOfType(FileAlreadyExistsException.class)
            .isThrownBy(() -> Files.createDirectory(path("main", "existing")));
        assertThatExceptionOfType(FileAlreadyExistsException.class)
            .isThrownBy(() -> Files.createDirectory(path("main", "existing/file.txt")));
    }

    @Test
    void deletesObjectsAndOnlyEmptyDirectories() throws IOException {
        upload("dir/a.txt", "dir/b.txt");
        assertThatExceptionOfType(DirectoryNotEmptyException.class).isThrownBy(() -> Files.delete(path("main", "dir")));
        Files.delete(path("main", "dir/a.txt"));
        assertThat(Files.deleteIfExists(path("main", "dir/b.txt"))).isTrue();
        assertThat(Files.deleteIfExists(path("main", "dir/b.txt"))).isFalse();
        assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> Files.delete(path("main", "dir")))
            .withMessageContaining(path("main", "dir").toString());
        assertThat(this.repo.branch("main").objects().toList()).isEmpty();
    }
}
