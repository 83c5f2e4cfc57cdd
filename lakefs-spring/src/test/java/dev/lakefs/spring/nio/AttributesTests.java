package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import dev.lakefs.spring.client.model.ObjectStats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Basic and lakeFS attributes, by type and by name.
 */
class AttributesTests extends AbstractFileSystemTests {

    @Test
    void basicAttributesOfObjectsAndDirectories() throws IOException {
        ObjectStats stats = this.repo.branch("main").object("dir/data.bin").upload(new byte[] { 1, 2, 3, 4, 5 });
        BasicFileAttributes attributes = Files.readAttributes(path("main", "dir/data.bin"), BasicFileAttributes.class);
        assertThat(attributes.size()).isEqualTo(5);
        assertThat(attributes.isRegularFile()).isTrue();
        assertThat(attributes.isDirectory()).isFalse();
        assertThat(attributes.lastModifiedTime()).isEqualTo(FileTime.from(stats.mtime()));
        assertThat(attributes.fileKey()).isEqualTo(stats.physicalAddress());
        assertThat(Files.getLastModifiedTime(path("main", "dir/data.bin"))).isEqualTo(FileTime.from(stats.mtime()));

        BasicFileAttributes directory = Files.readAttributes(path("main", "dir"), BasicFileAttributes.class);
        assertThat(directory.isDirectory()).isTrue();
        assertThat(directory.fileKey()).isNull();
        assertThatExceptionOfType(NoSuchFileException.class)
            .isThrownBy(() -> Files.readAttributes(path("main", "nothing"), BasicFileAttributes.class));
    }

    @Test
    void lakeFSAttributes() throws IOException {
        Path path = path("main", "csv/sample_data.csv");
        Files.writeString(path, "ID,Name\n", LakeFSOpenOption.contentType("text/csv"),
                LakeFSOpenOption.userMetadata(Map.of("owner", "data-team")));
        ObjectStats stats = this.repo.branch("main").object("csv/sample_data.csv").stat();

        LakeFSFileAttributes attributes = Files.readAttributes(path, LakeFSFileAttributes.class);
        assertThat(attributes.checksum()).isEqualTo(stats.checksum());
        assertThat(attributes.contentType()).isEqualTo("text/csv");
        assertThat(attributes.userMetadata()).containsEntry("owner", "data-team");
        assertThat(attributes.physicalAddress()).isEqualTo(stats.physicalAddress());

        assertThat(Files.getAttribute(path, "basic:size")).isEqualTo(8L);
        assertThat(Files.getAttribute(path, "size")).isEqualTo(8L);
        assertThat(Files.getAttribute(path, "lakefs:checksum")).isEqualTo(stats.checksum());
        Map<String, Object> all = Files.readAttributes(path, "lakefs:*");
        assertThat(all).containsEntry("contentType", "text/csv")
            .containsEntry("userMetadata", Map.of("owner", "data-team"))
            .containsEntry("isRegularFile", true)
            .containsKeys("lastModifiedTime", "physicalAddress", "fileKey");
        assertThat(Files.readAttributes(path, "size,isDirectory")).containsOnly(Map.entry("size", 8L),
                Map.entry("isDirectory", false));
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> Files.readAttributes(path, "basic:checksum"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> Files.readAttributes(path, "posix:*"));
    }

    @Test
    void userMetadataCanBeReplaced() throws IOException {
        Path path = path("main", "data.txt");
        Files.writeString(path, "x");
        LakeFSFileAttributeView view = Files.getFileAttributeView(path, LakeFSFileAttributeView.class);
        view.setUserMetadata(Map.of("stage", "raw"));
        assertThat(view.readAttributes().userMetadata()).containsEntry("stage", "raw");
        Files.setAttribute(path, "lakefs:userMetadata", Map.of("stage", "clean"));
        assertThat(this.repo.branch("main").object("data.txt").stat().metadata()).containsEntry("stage", "clean");
        // lakeFS sets modification times itself; setting one is accepted and changes nothing
        FileTime before = Files.getLastModifiedTime(path);
        Files.setLastModifiedTime(path, FileTime.fromMillis(0));
        assertThat(Files.getLastModifiedTime(path)).isEqualTo(before);
    }
}
