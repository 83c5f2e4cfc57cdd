package dev.lakefs.spring;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.io.ObjectReader;
import dev.lakefs.spring.io.ObjectWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The snippets of {@code docs/objects-and-streaming.md}, run against the embedded server. Each snippet region is
 * marked with the section it comes from.
 */
class ObjectsDocumentationTests extends AbstractEmbeddedLakeFSTests {

    @TempDir
    Path directory;

    private Repository repo;

    private Branch branch;

    @BeforeEach
    void repository() {
        this.repo = newRepository();
        this.branch = this.repo.branch("main");
    }

    @Test
    void writing() throws IOException {
        Branch branch = this.branch;
        Path localParquetFile = Files.write(this.directory.resolve("local.parquet"), new byte[] { 4, 5, 6, 7 });
        InputStream inputStream = new ByteArrayInputStream(new byte[] { 8, 9 });
        String json = "{\"rows\":3}";

        // docs/objects-and-streaming.md: writing
        WritableObject obj = branch.object("text/sample_data.txt");

        ObjectStats stats = obj.upload("This is my object data", MediaType.TEXT_PLAIN); // String, in the type's charset
        obj.upload(new byte[] { 1, 2, 3 });                                             // application/octet-stream
        obj.upload(localParquetFile, MediaType.APPLICATION_OCTET_STREAM);               // streamed from the file (a Path)
        obj.upload(inputStream, MediaType.APPLICATION_OCTET_STREAM);                    // streamed to its end

        branch.object("reports/summary.json").upload(json, WriteOptions.of(MediaType.APPLICATION_JSON)
            .withMetadata(Map.of("owner", "team-a"))     // X-Lakefs-Meta-owner (lakeFS lower-cases keys)
            .withIfAbsent(true)                          // If-None-Match: * → ObjectExistsException when it exists
            .withPreSign(true));                         // through a presigned storage URL
        // end of snippet

        assertThat(stats.contentType()).isEqualTo("text/plain");
        assertThat(obj.readAllBytes()).containsExactly(8, 9);
        ObjectStats summary = branch.object("reports/summary.json").stat();
        assertThat(summary.contentType()).isEqualTo("application/json");
        assertThat(summary.metadata()).containsEntry("owner", "team-a");
        assertThatExceptionOfType(ObjectExistsException.class).isThrownBy(() -> branch.object("reports/summary.json")
            .upload(json, WriteOptions.of(MediaType.APPLICATION_JSON).withIfAbsent(true)));
    }

    @Test
    void writersUploadOnCommit() throws IOException {
        Branch branch = this.branch;

        // docs/objects-and-streaming.md: writers
        try (ObjectWriter out = branch.object("csv/sample_data.csv").writer(MediaType.parseMediaType("text/csv"))) {
            Writer csv = out.asWriter();
            csv.write("ID,Name,Email\n");
            csv.write("1,Alice,\n");
            out.commit();                             // uploaded now; returns the ObjectStats
        }
        // end of snippet

        assertThat(branch.object("csv/sample_data.csv").readString()).isEqualTo("ID,Name,Email\n1,Alice,\n");
        assertThat(branch.object("csv/sample_data.csv").stat().contentType()).isEqualTo("text/csv");
    }

    @Test
    void theCallbackFormUploadsNothingWhenItThrows() {
        Branch branch = this.branch;
        List<List<String>> rows = List.of(List.of("1", "Alice", ""), List.of("2", "Bob", ""));

        // docs/objects-and-streaming.md: the callback form
        ObjectStats csv = branch.object("csv/sample_data.csv").write(MediaType.parseMediaType("text/csv"), (out) -> {
            Writer text = out.asWriter();
            text.write("ID,Name,Email\n");
            for (List<String> row : rows) {           // if this throws, nothing is uploaded
                text.write(String.join(",", row) + "\n");
            }
        });
        // end of snippet

        assertThat(csv.sizeBytes()).isEqualTo("ID,Name,Email\n1,Alice,\n2,Bob,\n".length());
        assertThatExceptionOfType(UncheckedIOException.class)
            .isThrownBy(() -> branch.object("csv/broken.csv").write(MediaType.parseMediaType("text/csv"), (out) -> {
                out.asWriter().write("ID,Name,Email\n");
                throw new IOException("the rows could not be read");
            }));
        assertThat(branch.object("csv/broken.csv").exists()).isFalse();
    }

    @Test
    void reading() throws IOException {
        byte[] content = new byte[6000];
        Arrays.fill(content, (byte) 'x');
        this.branch.object("csv/sample_data.csv").upload(content);
        Repository repo = this.repo;
        ByteArrayOutputStream outputStream = new ByteArrayOutputStream();
        Path localCsvFile = this.directory.resolve("local.csv");

        // docs/objects-and-streaming.md: reading
        StoredObject obj = repo.branch("main").object("csv/sample_data.csv");

        String text = obj.readString();                 // small objects: all in memory
        byte[] bytes = obj.readAllBytes();
        try (BufferedReader lines = obj.textReader()) { lines.lines().forEach(System.out::println); }
        obj.transferTo(outputStream);                   // streamed
        obj.downloadTo(localCsvFile);                   // streamed to a temp file, then moved into place

        try (ObjectReader in = obj.reader()) {          // an InputStream
            in.seek(1024);                              // absolute offset
            byte[] header = in.readNBytes(16);
            in.seekFromEnd(8);                          // 8 bytes before the end (asks the size once)
            long size = in.size();
        }
        try (InputStream range = obj.reader(ReadOptions.range(1000, 2000))) {      // bytes 1000..1999
            range.transferTo(outputStream);
        }
        try (InputStream tail = obj.reader(ReadOptions.from(5000))) {              // from byte 5000 to the end
            tail.transferTo(outputStream);
        }

        ObjectStats stats = obj.stat();
        boolean exists = obj.exists();                  // HEAD
        // end of snippet

        assertThat(text).hasSize(6000);
        assertThat(bytes).isEqualTo(content);
        assertThat(Files.readAllBytes(localCsvFile)).isEqualTo(content);
        assertThat(requestsFor("getObject")).flatExtracting((request) -> request.headers().getOrDefault("range", List.of()))
            .as("the seek to 1024 reopens the object there").contains("bytes=1024-");
        assertThat(outputStream.size()).as("the whole object, then 1000 and 1000 bytes").isEqualTo(6000 + 1000 + 1000);
        assertThat(stats.sizeBytes()).isEqualTo(6000);
        assertThat(exists).isTrue();
    }

    @Test
    void copyAndDelete() {
        Branch branch = this.branch;
        Branch otherBranch = this.repo.branch("backup").create("main");
        WritableObject obj = branch.object("csv/sample_data.csv");
        obj.upload("ID,Name,Email\n");
        branch.object("a").upload("a");
        branch.object("b").upload("b");

        // docs/objects-and-streaming.md: copy and delete
        WritableObject copy = obj.copyTo(otherBranch, "backup/sample_data.csv");  // same repository
        copy.delete();                                                          // a missing object is not an error
        branch.deleteObjects(List.of("a", "b", "c"));                           // batches of 1000
        // end of snippet

        assertThat(copy.branch().id()).isEqualTo("backup");
        assertThat(copy.exists()).isFalse();
        assertThat(branch.objects().stream().map(ObjectStats::path)).containsExactly("csv/sample_data.csv");
    }

}
