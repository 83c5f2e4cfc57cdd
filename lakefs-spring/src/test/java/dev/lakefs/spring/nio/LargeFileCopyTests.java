package dev.lakefs.spring.nio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.ForkedJvm;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.model.ObjectStats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDK's {@code Files.copy} both ways with a 256 MiB object in a JVM whose heap is 64 MiB: the write spools to a
 * temporary file and uploads from it, the read streams. The server runs in this JVM and spills blobs to disk.
 */
class LargeFileCopyTests {

    private static final long SIZE = 256L << 20;

    @TempDir
    static Path serverData;

    @TempDir
    Path work;

    static EmbeddedLakeFS server;

    static LakeFS lakeFS;

    @BeforeAll
    static void startServer() {
        server = EmbeddedLakeFS.builder().dataDirectory(serverData).spillThreshold(1 << 20).build().start();
        lakeFS = LakeFS.of(LakeFSClient.builder().endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey()).build());
        lakeFS.repository("large-files").create("mem://bucket/large-files");
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void copies256MiBBothWaysThroughA64MiBHeap() throws Exception {
        String expectedMd5;
        try (InputStream generated = new GeneratedData(SIZE, 42)) {
            expectedMd5 = GeneratedData.md5(generated);
        }

        String output = runCopy();

        assertThat(output).isEqualTo("OK " + SIZE + " " + expectedMd5);
        ObjectStats stats = lakeFS.repository("large-files").branch("main").object("large/data.bin").stat();
        assertThat(stats.sizeBytes()).isEqualTo(SIZE);
        assertThat(stats.checksum()).isEqualTo(expectedMd5);
    }

    private String runCopy() throws IOException, InterruptedException {
        return ForkedJvm.run(LargeFileCopy.class, "64m", server.endpoint(), server.accessKeyId(),
                server.secretAccessKey(), "large-files", Long.toString(SIZE), this.work.toString());
    }
}
