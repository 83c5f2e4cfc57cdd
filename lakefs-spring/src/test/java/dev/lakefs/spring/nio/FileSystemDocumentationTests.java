package dev.lakefs.spring.nio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.CreateRepositoryOptions;
import dev.lakefs.spring.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of {@code docs/file-system.md}, run against the embedded server; each region is marked with the
 * section it comes from.
 */
class FileSystemDocumentationTests extends AbstractEmbeddedLakeFSTests {

    @TempDir
    Path local;

    private Repository repo;

    private FileSystem fileSystem;

    @BeforeEach
    void exampleRepository() {
        this.repo = lakeFS.repository("example-repo").create("mem://bucket/example-repo",
                CreateRepositoryOptions.defaults().withExistOk(true));
        Branch main = this.repo.branch("main");
        main.resetChanges();
        if (!main.object("csv/sample_data.csv").exists()) {
            main.object("csv/sample_data.csv").upload("ID,Name\n1,Alice\n2,Bob\n");
            main.commit("Sample data");
        }
        this.fileSystem = LakeFSFileSystems.newFileSystem(lakeFS);
    }

    @AfterEach
    void uninstall() throws IOException {
        LakeFSFileSystems.uninstall(lakeFS);
        this.fileSystem.close();
    }

    @Test
    void setup() throws IOException {
        String endpoint = server.endpoint();
        String accessKeyId = server.accessKeyId();
        String secretAccessKey = server.secretAccessKey();

        // docs/file-system.md: setup without Boot
        LakeFSFileSystems.install(lakeFS);                               // Path.of(URI) now uses this client
        FileSystem fileSystem = LakeFSFileSystems.newFileSystem(lakeFS); // or a file system of your own
        FileSystem remote = FileSystems.newFileSystem(URI.create("lakefs:///"), Map.of(
                LakeFSFileSystems.ENDPOINT, endpoint,
                LakeFSFileSystems.ACCESS_KEY_ID, accessKeyId,
                LakeFSFileSystems.SECRET_ACCESS_KEY, secretAccessKey));
        // end

        // docs/file-system.md: paths
        Path csv = Path.of(URI.create("lakefs://example-repo/main/csv/sample_data.csv"));
        List<String> rows = Files.readAllLines(csv);
        Path same = fileSystem.getPath("/example-repo/main/csv/sample_data.csv");
        // end

        assertThat(rows).containsExactly("ID,Name", "1,Alice", "2,Bob");
        assertThat(Files.readAllLines(same)).isEqualTo(rows);
        assertThat(Files.readAllLines(remote.getPath("/example-repo/main/csv/sample_data.csv"))).isEqualTo(rows);
        remote.close();
        fileSystem.close();
    }

    @Test
    void reading() throws IOException {
        FileSystem fileSystem = this.fileSystem;
        Path localCopy = this.local.resolve("sample_data.csv");

        // docs/file-system.md: reading
        Path csv = fileSystem.getPath("/example-repo/main/csv/sample_data.csv");
        String text = Files.readString(csv);
        try (Stream<String> lines = Files.lines(csv)) {
            lines.skip(1).forEach(System.out::println);
        }
        try (SeekableByteChannel channel = Files.newByteChannel(csv)) {
            channel.position(channel.size() - 6);                 // the next read is a ranged GET from there
            ByteBuffer tail = ByteBuffer.allocate(6);
            channel.read(tail);
        }
        Files.copy(csv, localCopy, StandardCopyOption.REPLACE_EXISTING);
        Path lastYear = fileSystem.getPath("/example-repo/main~1/csv/sample_data.csv"); // any ref: tags, commits, ~, ^
        // end

        assertThat(text).isEqualTo("ID,Name\n1,Alice\n2,Bob\n");
        assertThat(Files.readString(localCopy)).isEqualTo(text);
        assertThat(lastYear.getName(1).toString()).isEqualTo("main~1");
    }

    @Test
    void writing() throws IOException {
        FileSystem fileSystem = this.fileSystem;
        Path localFile = Files.writeString(this.local.resolve("demo.txt"), "Hello, lakeFS!");
        byte[] bytes = { 1, 2, 3 };

        // docs/file-system.md: writing
        Path report = fileSystem.getPath("/example-repo/main/reports/summary.csv");
        Files.writeString(report, "country,count\nDE,3\n", LakeFSOpenOption.contentType("text/csv"),
                LakeFSOpenOption.userMetadata(Map.of("source", "nightly")));
        Files.copy(localFile, fileSystem.getPath("/example-repo/main/raw/demo.txt"));
        Files.write(fileSystem.getPath("/example-repo/main/raw/once.bin"), bytes, StandardOpenOption.CREATE_NEW);
        // end

        // docs/file-system.md: writing safely
        LakeFSOutputStream out = (LakeFSOutputStream) Files.newOutputStream(report);
        try {
            writeReport(out);
            out.close();                 // uploads the whole object
        }
        catch (IOException | RuntimeException ex) {
            out.abort();                 // uploads nothing
            throw ex;
        }
        // end

        Branch main = this.repo.branch("main");
        assertThat(main.object("reports/summary.csv").readString()).isEqualTo("country,count\nFR,5\n");
        assertThat(main.object("raw/demo.txt").readString()).isEqualTo("Hello, lakeFS!");
        assertThat(main.object("raw/once.bin").readAllBytes()).isEqualTo(bytes);
    }

    private static void writeReport(OutputStream out) throws IOException {
        out.write("country,count\nFR,5\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void directories() throws IOException {
        FileSystem fileSystem = this.fileSystem;
        Branch main = this.repo.branch("main");
        main.object("datasets/2024/01/sales.csv").upload("a");
        main.object("datasets/2024/02/sales.csv").upload("b");
        main.object("datasets/README.md").upload("c");
        List<Path> found = new ArrayList<>();
        List<String> names = new ArrayList<>();

        // docs/file-system.md: directories
        Path datasets = fileSystem.getPath("/example-repo/main/datasets");
        try (Stream<Path> files = Files.walk(datasets)) {       // lazy: one listing page at a time
            files.filter(Files::isRegularFile).forEach(found::add);
        }
        PathMatcher csvFiles = fileSystem.getPathMatcher("glob:/example-repo/main/datasets/**/*.csv");
        try (Stream<Path> matches = Files.find(datasets, Integer.MAX_VALUE, (path, attributes) -> csvFiles.matches(path))) {
            matches.forEach(System.out::println);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(datasets, "*.md")) {
            entries.forEach((entry) -> names.add(entry.getFileName().toString()));
        }
        // end

        assertThat(found).hasSize(3);
        assertThat(names).containsExactly("README.md");
    }

    @Test
    void attributes() throws IOException {
        Path csv = this.fileSystem.getPath("/example-repo/main/csv/sample_data.csv");

        // docs/file-system.md: attributes
        LakeFSFileAttributes attributes = Files.readAttributes(csv, LakeFSFileAttributes.class);
        System.out.println(attributes.size() + " bytes, " + attributes.checksum() + ", " + attributes.contentType()
                + ", " + attributes.userMetadata() + ", " + attributes.physicalAddress());
        Object checksum = Files.getAttribute(csv, "lakefs:checksum");
        Map<String, Object> all = Files.readAttributes(csv, "lakefs:*");
        // end

        assertThat(checksum).isEqualTo(attributes.checksum());
        assertThat(all).containsEntry("size", 22L);
    }

    @Test
    void transactions() throws IOException {
        FileSystem fileSystem = this.fileSystem;
        Files.writeString(this.local.resolve("train-data.txt"), "train");
        Files.writeString(this.local.resolve("test-data.txt"), "test");
        Path trainData = this.local.resolve("train-data.txt");
        Path testData = this.local.resolve("test-data.txt");

        // docs/file-system.md: transactions
        LakeFSFileSystems.transaction(fileSystem, "example-repo", "main", (tx) -> {
            Files.copy(trainData, tx.path("train-data.txt"));
            tx.commit("Add training data");
            Files.copy(testData, tx.path("test-data.txt"));
            String sha = tx.commit("Add test data");
            tx.tag(sha, "my-train-test-split");
            return sha;
        });
        // end

        assertThat(Files.readString(fileSystem.getPath("/example-repo/main/test-data.txt"))).isEqualTo("test");
        assertThat(Files.readString(fileSystem.getPath("/example-repo/my-train-test-split/train-data.txt")))
            .isEqualTo("train");
        this.repo.tag("my-train-test-split").delete();
    }

    private void branchTransaction() {
        Branch main = this.repo.branch("main");

        // docs/file-system.md: branch transactions
        main.transact((tx) -> {
            Path out = Path.of(URI.create("lakefs://example-repo/main/out/result.csv"));  // routed to tx's branch
            try {
                Files.writeString(out, "id\n1\n");
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return out;
        });
        // end
    }

    @Test
    void pathsInABranchTransaction() throws IOException {
        LakeFSFileSystems.install(lakeFS);
        branchTransaction();
        try (BufferedReader reader = Files.newBufferedReader(this.fileSystem.getPath("/example-repo/main/out/result.csv"))) {
            assertThat(reader.readLine()).isEqualTo("id");
        }
    }
}
