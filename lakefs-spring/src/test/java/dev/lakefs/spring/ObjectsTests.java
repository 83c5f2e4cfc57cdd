package dev.lakefs.spring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.LakeFSPreconditionFailedException;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.io.ObjectReader;
import dev.lakefs.spring.io.ObjectWriter;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Uploading, reading, stat, copy and delete of objects through lakeFS (not presigned).
 */
class ObjectsTests extends AbstractEmbeddedLakeFSTests {

    private Branch main;

    @BeforeEach
    void createRepository() {
        this.main = newRepository().branch("main");
    }

    @Test
    void uploadsTextBytesFilesAndStreamsWithContentTypeAndMetadata(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("local.json"), "{\"a\":1}");
        WriteOptions json = WriteOptions.of(MediaType.APPLICATION_JSON).withMetadata(Map.of("Owner", "team-a"));

        this.main.object("a.txt").upload("héllo", MediaType.parseMediaType("text/plain;charset=ISO-8859-1"));
        this.main.object("b.bin").upload(new byte[] { 0, 1, 2 });
        this.main.object("c.json").upload(file, json);
        this.main.object("d.txt").upload(new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8)),
                MediaType.TEXT_PLAIN);

        assertThat(this.main.object("a.txt").readAllBytes()).isEqualTo("héllo".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(this.main.object("b.bin").stat().contentType()).isEqualTo("application/octet-stream");
        ObjectStats stats = this.main.object("c.json").stat();
        assertThat(stats.contentType()).isEqualTo("application/json");
        // lakeFS lower-cases user metadata keys
        assertThat(stats.metadata()).containsEntry("owner", "team-a");
        assertThat(stats.sizeBytes()).isEqualTo(7);
        assertThat(this.main.object("d.txt").readString()).isEqualTo("streamed");
    }

    @Test
    void readsRangesAndSeeks() throws IOException {
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 251);
        }
        this.main.object("data.bin").upload(data);

        try (ObjectReader reader = this.main.object("data.bin").reader()) {
            assertThat(reader.size()).isEqualTo(data.length);
            assertThat(reader.readNBytes(10)).isEqualTo(slice(data, 0, 10));
            reader.seek(200_000);
            assertThat(reader.position()).isEqualTo(200_000);
            assertThat(reader.readNBytes(5)).isEqualTo(slice(data, 200_000, 5));
            reader.seek(100);
            assertThat(reader.readNBytes(5)).isEqualTo(slice(data, 100, 5));
            reader.seekFromEnd(3);
            assertThat(reader.readAllBytes()).isEqualTo(slice(data, data.length - 3, 3));
            assertThat(reader.read()).isEqualTo(-1);
            reader.seek(data.length + 10);
            assertThat(reader.read()).isEqualTo(-1);
        }
        try (InputStream range = this.main.object("data.bin").reader(ReadOptions.range(1000, 1010))) {
            assertThat(range.readAllBytes()).isEqualTo(slice(data, 1000, 10));
        }
        try (InputStream tail = this.main.object("data.bin").reader(ReadOptions.from(299_990))) {
            assertThat(tail.readAllBytes()).isEqualTo(slice(data, 299_990, 10));
        }
    }

    @Test
    void emptyObjectsReadAsEmpty() {
        this.main.object("empty").upload(new byte[0]);
        assertThat(this.main.object("empty").readAllBytes()).isEmpty();
        assertThat(this.main.object("empty").stat().sizeBytes()).isZero();
    }

    @Test
    void aWriterUploadsOnClose() throws IOException {
        WritableObject obj = this.main.object("written.txt");
        try (ObjectWriter out = obj.writer(MediaType.TEXT_PLAIN)) {
            out.write("line 1\n".getBytes(StandardCharsets.UTF_8));
            assertThat(obj.exists()).isFalse();
            out.asWriter().write("line 2\n");
            ObjectStats stats = out.commit();
            assertThat(stats.sizeBytes()).isEqualTo(14);
            assertThat(out.commit()).as("a second commit uploads nothing more").isSameAs(stats);
        }
        assertThat(obj.readString()).isEqualTo("line 1\nline 2\n");
    }

    @Test
    void aTryBlockThatThrowsBeforeCommitUploadsNothing() {
        WritableObject obj = this.main.object("half.csv");
        int uploadsBefore = requestsFor("uploadObject").size();
        IllegalArgumentException failure = new IllegalArgumentException("row 2 is broken");
        Throwable thrown = catchThrowable(() -> {
            try (ObjectWriter out = obj.writer()) {
                out.asWriter().write("ID,Name\n1,Alice\n");
                throw failure;
            }
        });
        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).singleElement().asInstanceOf(InstanceOfAssertFactories.THROWABLE)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("closed without commit(): nothing was uploaded");
        assertThat(obj.exists()).isFalse();
        assertThat(requestsFor("uploadObject")).hasSize(uploadsBefore);
    }

    @Test
    void aWriterClosedWithoutCommitFailsLoudlyAndUploadsNothing() throws IOException {
        WritableObject obj = this.main.object("forgotten.csv");
        ObjectWriter out = obj.writer();
        out.write("ID,Name\n".getBytes(StandardCharsets.UTF_8));
        assertThatIllegalStateException().isThrownBy(out::close).withMessageContaining("commit()");
        assertThat(out.isAborted()).isTrue();
        assertThatIOException().isThrownBy(out::commit).withMessageContaining("aborted");
        out.close(); // closing again is quiet
        assertThat(obj.exists()).isFalse();
    }

    @Test
    void aCallbackThatClosesTheStreamStillUploadsWhenItReturns() {
        WritableObject obj = this.main.object("closed-early.csv");
        ObjectStats stats = obj.write((out) -> {
            try (Writer csv = out.asWriter()) { // as a library that owns the stream would
                csv.write("ID,Name\n");
            }
            assertThat(obj.exists()).as("closing inside the callback does not upload").isFalse();
        });
        assertThat(stats.sizeBytes()).isEqualTo(8);
        assertThat(obj.readString()).isEqualTo("ID,Name\n");

        WritableObject failed = this.main.object("closed-then-failed.csv");
        assertThatIllegalStateException().isThrownBy(() -> failed.write((out) -> {
            out.close();
            throw new IllegalStateException("failed after closing");
        }));
        assertThat(failed.exists()).isFalse();
    }

    @Test
    void anAbortedWriterLeavesNoObject() throws IOException {
        WritableObject obj = this.main.object("aborted.txt");
        int uploadsBefore = requestsFor("uploadObject").size();
        try (ObjectWriter out = obj.writer()) {
            out.write(new byte[1024]);
            out.abort();
        }
        assertThat(obj.exists()).isFalse();
        assertThat(requestsFor("uploadObject")).hasSize(uploadsBefore);
    }

    @Test
    void aFailingCallbackLeavesNoObject() {
        WritableObject obj = this.main.object("partial.csv");
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> obj.write((out) -> {
            out.write("ID,Name\n1,Alice\n".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("producer failed");
        })).withMessage("producer failed");
        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> obj.write((out) -> {
            out.write(1);
            throw new IOException("disk gone");
        })).withMessageContaining("nothing was uploaded");

        assertThat(obj.exists()).isFalse();
        assertThat(this.main.uncommitted()).isEmpty();
    }

    @Test
    void aCallbackThatReturnsUploads() {
        ObjectStats stats = this.main.object("ok.csv")
            .write(MediaType.parseMediaType("text/csv"), (out) -> out.asWriter().append("ID,Name\n").flush());
        assertThat(stats.sizeBytes()).isEqualTo(8);
        assertThat(stats.contentType()).isEqualTo("text/csv");
    }

    @Test
    void aStreamThatFailsMidwayLeavesNoObject() {
        InputStream failing = new InputStream() {
            private int produced;

            @Override
            public int read() throws IOException {
                if (this.produced++ > 100_000) {
                    throw new IOException("source broke");
                }
                return 'x';
            }
        };
        WritableObject obj = this.main.object("broken.bin");
        assertThatExceptionOfType(RuntimeException.class)
            .isThrownBy(() -> obj.upload(failing, MediaType.APPLICATION_OCTET_STREAM));
        assertThat(obj.exists()).isFalse();
    }

    @Test
    void ifAbsentWritesFailClearlyWhenTheObjectExists() {
        WritableObject obj = this.main.object("once.txt");
        WriteOptions ifAbsent = WriteOptions.of(MediaType.TEXT_PLAIN).withIfAbsent(true);
        obj.upload("first", ifAbsent);

        assertThatExceptionOfType(ObjectExistsException.class).isThrownBy(() -> obj.upload("second", ifAbsent))
            .withMessageContaining("'once.txt' already exists on branch 'main'")
            .isInstanceOf(LakeFSPreconditionFailedException.class)
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(412));
        assertThatExceptionOfType(ObjectExistsException.class)
            .isThrownBy(() -> obj.write(ifAbsent, (out) -> out.write(1)));
        // committed objects count too
        this.main.commit("first");
        assertThatExceptionOfType(ObjectExistsException.class).isThrownBy(() -> obj.upload("third", ifAbsent));
        assertThat(obj.readString()).isEqualTo("first");
    }

    @Test
    void statExistsCopyAndDelete() {
        WritableObject source = this.main.object("dir/source.txt");
        source.upload("copy me", WriteOptions.of(MediaType.TEXT_PLAIN).withMetadata(Map.of("k", "v")));

        WritableObject copy = source.copyTo(this.main, "dir/copy.txt");
        assertThat(copy.readString()).isEqualTo("copy me");
        assertThat(copy.stat().metadata()).containsEntry("k", "v");
        assertThat(copy.stat().checksum()).isEqualTo(source.stat().checksum());

        copy.delete();
        assertThat(copy.exists()).isFalse();
        assertThat(source.exists()).isTrue();
        // deleting a missing object is not an error
        copy.delete();
        assertThatExceptionOfType(LakeFSNotFoundException.class).isThrownBy(copy::stat);
        assertThatExceptionOfType(LakeFSNotFoundException.class).isThrownBy(copy::readAllBytes);
    }

    @Test
    void downloadsToAFile(@TempDir Path dir) throws IOException {
        this.main.object("report.txt").upload("report");
        Path target = dir.resolve("report.txt");
        assertThat(this.main.object("report.txt").downloadTo(target)).isEqualTo(6);
        assertThat(target).hasContent("report");
        assertThat(dir).isDirectoryContaining((p) -> p.equals(target)).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void readsThroughOtherRefs() {
        WritableObject obj = this.main.object("versioned.txt");
        obj.upload("v1");
        this.main.commit("v1");
        this.main.repository().tag("v1").create(this.main);
        obj.upload("v2");
        this.main.commit("v2");

        assertThat(this.main.repository().tag("v1").object("versioned.txt").readString()).isEqualTo("v1");
        assertThat(this.main.repository().ref("main~1").object("versioned.txt").readString()).isEqualTo("v1");
        assertThat(obj.readString()).isEqualTo("v2");
    }

    private static byte[] slice(byte[] data, int from, int length) {
        byte[] slice = new byte[length];
        System.arraycopy(data, from, slice, 0, length);
        return slice;
    }
}
