package dev.lakefs.spring.nio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.client.model.ObjectStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading and writing lakeFS objects with the JDK's {@link Files}.
 */
class FilesReadWriteTests extends AbstractFileSystemTests {

    @Test
    void writesAndReadsBack() throws IOException {
        Path path = path("main", "text/sample_data.txt");
        Files.writeString(path, "Hello, lakeFS!\nsecond line\n");

        assertThat(this.repo.branch("main").object("text/sample_data.txt").readString())
            .isEqualTo("Hello, lakeFS!\nsecond line\n");
        assertThat(Files.readString(path)).isEqualTo("Hello, lakeFS!\nsecond line\n");
        assertThat(Files.readAllBytes(path)).hasSize(27);
        try (Stream<String> lines = Files.lines(path)) {
            assertThat(lines).containsExactly("Hello, lakeFS!", "second line");
        }
        try (BufferedReader reader = Files.newBufferedReader(path)) {
            assertThat(reader.readLine()).isEqualTo("Hello, lakeFS!");
        }
        assertThat(Files.size(path)).isEqualTo(27);
    }

    @Test
    void readsTagsAndCommits() throws IOException {
        Branch main = this.repo.branch("main");
        main.object("data.csv").upload("v1");
        String commitId = main.commit("v1").id();
        this.repo.tag("v1").create("main");
        main.object("data.csv").upload("v2");
        main.commit("v2");
        main.object("data.csv").upload("v3");

        assertThat(Files.readString(path("v1", "data.csv"))).isEqualTo("v1");
        assertThat(Files.readString(path(commitId, "data.csv"))).isEqualTo("v1");
        assertThat(Files.readString(path("main", "data.csv"))).isEqualTo("v3");
        assertThat(Files.readString(path("main~1", "data.csv"))).isEqualTo("v1");
    }

    @Test
    void seeksWithRangedReads() throws IOException {
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        this.repo.branch("main").object("big.bin").upload(data);
        int before = requestsFor("getObject").size();

        try (SeekableByteChannel channel = Files.newByteChannel(path("main", "big.bin"))) {
            assertThat(channel.size()).isEqualTo(data.length);
            channel.position(900_000);
            ByteBuffer buffer = ByteBuffer.allocate(16);
            assertThat(channel.read(buffer)).isEqualTo(16);
            assertThat(buffer.array()).isEqualTo(java.util.Arrays.copyOfRange(data, 900_000, 900_016));
            assertThat(channel.position()).isEqualTo(900_016);

            channel.position(10);
            ByteBuffer direct = ByteBuffer.allocateDirect(4);
            channel.read(direct);
            direct.flip();
            byte[] read = new byte[4];
            direct.get(read);
            assertThat(read).isEqualTo(java.util.Arrays.copyOfRange(data, 10, 14));

            channel.position(data.length);
            assertThat(channel.read(ByteBuffer.allocate(1))).isEqualTo(-1);
        }
        List<String> ranges = requestsFor("getObject").stream().skip(before)
            .map((request) -> String.valueOf(request.headers().get("range")))
            .toList();
        assertThat(ranges).contains("[bytes=900000-]", "[bytes=10-]");
    }

    @Test
    void writesWithAByteChannel() throws IOException {
        Path path = path("main", "channel.bin");
        try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8)));
            ByteBuffer direct = ByteBuffer.allocateDirect(3);
            direct.put("def".getBytes(StandardCharsets.UTF_8)).flip();
            channel.write(direct);
            assertThat(channel.position()).isEqualTo(6);
            assertThat(Files.exists(path)).as("nothing is visible before close").isFalse();
        }
        assertThat(Files.readString(path)).isEqualTo("abcdef");
    }

    @Test
    void anObjectAppearsWholeOnCloseAndNotAtAllWhenAborted() throws IOException {
        Path path = path("main", "out/atomic.txt");
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write("part one, ".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.exists(path)).isFalse();
            out.write("part two".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(path)).isEqualTo("part one, part two");

        Path abandoned = path("main", "out/abandoned.txt");
        LakeFSOutputStream out = (LakeFSOutputStream) Files.newOutputStream(abandoned);
        out.write("half".getBytes(StandardCharsets.UTF_8));
        out.abort();
        out.close();
        assertThat(out.isAborted()).isTrue();
        assertThat(Files.exists(abandoned)).isFalse();
    }

    @Test
    void aFailedSourceLeavesNoObjectWhenTheCopyIsAborted() throws IOException {
        Path path = path("main", "out/failed.txt");
        InputStream failing = new InputStream() {

            private int left = 10;

            @Override
            public int read() throws IOException {
                if (this.left-- <= 0) {
                    throw new IOException("source broke");
                }
                return 'x';
            }
        };
        LakeFSOutputStream out = (LakeFSOutputStream) Files.newOutputStream(path);
        try {
            failing.transferTo(out);
            out.close();
        }
        catch (IOException ex) {
            out.abort();
        }
        assertThat(Files.exists(path)).isFalse();
    }

    @Test
    void createNewIsIfAbsent() throws IOException {
        Path path = path("main", "once.txt");
        Files.writeString(path, "first", StandardOpenOption.CREATE_NEW);
        assertThatExceptionOfType(FileAlreadyExistsException.class)
            .isThrownBy(() -> Files.writeString(path, "second", StandardOpenOption.CREATE_NEW))
            .withMessageContaining(path.toString());

        // Opened while the path was free, closed after another writer took it: lakeFS refuses with 412.
        Path raced = path("main", "raced.txt");
        OutputStream late = Files.newOutputStream(raced, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        late.write("late".getBytes(StandardCharsets.UTF_8));
        this.repo.branch("main").object("raced.txt").upload("early");
        assertThatExceptionOfType(FileAlreadyExistsException.class).isThrownBy(late::close)
            .withMessageContaining(raced.toString());
        assertThat(Files.readString(path)).isEqualTo("first");
        assertThat(Files.readString(raced)).isEqualTo("early");
    }

    @Test
    void writeWithoutCreateNeedsAnExistingObject() {
        assertThatExceptionOfType(NoSuchFileException.class)
            .isThrownBy(() -> Files.writeString(path("main", "missing.txt"), "x", StandardOpenOption.WRITE));
    }

    @Test
    void setsContentTypeAndUserMetadata() throws IOException {
        Path path = path("main", "csv/sample_data.csv");
        Files.writeString(path, "ID,Name\n1,Alice\n", LakeFSOpenOption.contentType("text/csv"),
                LakeFSOpenOption.userMetadata(Map.of("source", "batch")));
        ObjectStats stats = this.repo.branch("main").object("csv/sample_data.csv").stat();
        assertThat(stats.contentType()).isEqualTo("text/csv");
        assertThat(stats.metadata()).containsEntry("source", "batch");
    }

    @Test
    void tagsAndCommitsAreReadOnly() throws IOException {
        this.repo.branch("main").object("a.txt").upload("a");
        this.repo.branch("main").commit("a");
        this.repo.tag("v1").create("main");
        assertThatExceptionOfType(AccessDeniedException.class)
            .isThrownBy(() -> Files.writeString(path("v1", "b.txt"), "b"))
            .withMessageContaining(path("v1", "b.txt").toString())
            .withMessageContaining("read-only");
        String commitId = this.repo.branch("main").getCommit().id();
        assertThatExceptionOfType(AccessDeniedException.class)
            .isThrownBy(() -> Files.delete(path(commitId, "a.txt")));
        assertThat(Files.isWritable(path("v1", "a.txt"))).isFalse();
        assertThat(Files.isWritable(path("main", "a.txt"))).isTrue();
        assertThat(Files.isReadable(path("v1", "a.txt"))).isTrue();
    }

    @Test
    void missingObjectsAndRefsAreNoSuchFile() {
        assertThatExceptionOfType(NoSuchFileException.class)
            .isThrownBy(() -> Files.newInputStream(path("main", "nothing.txt")))
            .withMessageContaining("/" + this.repo.id() + "/main/nothing.txt");
        assertThatExceptionOfType(NoSuchFileException.class)
            .isThrownBy(() -> Files.writeString(path("no-such-branch", "x.txt"), "x"))
            .withMessageContaining("no-such-branch");
        assertThatExceptionOfType(NoSuchFileException.class)
            .isThrownBy(() -> Files.readString(this.fileSystem.getPath("/no-such-repo/main/x.txt")));
    }

    @Test
    void aDirectoryIsNotReadOrWrittenAsAnObject() throws IOException {
        this.repo.branch("main").object("dir/file.txt").upload("x");
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> Files.readString(path("main", "dir")))
            .withMessageContaining("Is a directory");
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> Files.writeString(path("main", "dir"), "y"))
            .withMessageContaining("Is a directory");
        assertThatExceptionOfType(IOException.class)
            .isThrownBy(() -> Files.readString(this.fileSystem.getPath("/" + this.repo.id(), "main")));
    }

    @Test
    void appendIsNotSupported() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> Files.writeString(path("main", "log.txt"), "x", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND));
    }

    @Test
    void oddCharactersInPaths() throws IOException {
        for (String name : List.of("with space.txt", "100%.txt", "hash#tag.txt", "what?.txt", "ünïcødé-日本.txt",
                "plus+and&.txt")) {
            Path path = path("main", "odd/" + name);
            Files.writeString(path, name);
            assertThat(this.repo.branch("main").object("odd/" + name).readString()).isEqualTo(name);
            Path roundTripped = this.fileSystem.getPath(path.toUri());
            assertThat(roundTripped).isEqualTo(path);
            assertThat(Files.readString(roundTripped)).isEqualTo(name);
        }
        try (Stream<Path> listed = Files.list(path("main", "odd"))) {
            assertThat(listed.map((p) -> p.getFileName().toString())).containsExactlyInAnyOrder("with space.txt",
                    "100%.txt", "hash#tag.txt", "what?.txt", "ünïcødé-日本.txt", "plus+and&.txt");
        }
    }

    @Test
    void channelsAreReadOrWriteAndWritesGoInOrder() throws IOException {
        Path path = path("main", "ordered.bin");
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> Files.newByteChannel(path,
                StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE));
        try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] { 1, 2 }));
            assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> channel.position(0));
            assertThat(channel.position(2).size()).isEqualTo(2);
        }
        assertThat(Files.readAllBytes(path)).containsExactly(1, 2);
        assertThat(Files.isSameFile(path, this.fileSystem.getPath("/" + this.repo.id() + "/main/./ordered.bin")))
            .isTrue();
        assertThat(Files.isHidden(path)).isFalse();
        assertThat(Files.getFileStore(path).type()).isEqualTo("lakefs");
        assertThat(this.fileSystem.supportedFileAttributeViews()).containsExactlyInAnyOrder("basic", "lakefs");
    }
}
