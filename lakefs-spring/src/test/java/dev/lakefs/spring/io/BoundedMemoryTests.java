package dev.lakefs.spring.io;

import java.io.IOException;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.ForkedJvm;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects stream both ways with bounded memory: a client JVM whose heap is smaller than the object uploads it
 * (streamed through lakeFS, and through a presigned writer), then reads it back and checks its digest. The server
 * runs in this JVM and spills blobs to disk.
 * <p>
 * The 1 GiB variant is tagged {@code large} and runs only with {@code -Dlakefs.tests.large=true}:
 * {@code ./mvnw -pl lakefs-spring test -Dtest=BoundedMemoryTests -Dlakefs.tests.large=true}.
 */
class BoundedMemoryTests {

    @TempDir
    static Path serverData;

    static EmbeddedLakeFS server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedLakeFS.builder().dataDirectory(serverData).spillThreshold(1 << 20).build().start();
        LakeFSClient client = LakeFSClient.builder().endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey()).build();
        LakeFS.of(client).repository("streaming").create("mem://bucket/streaming");
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void streams64MiBThroughA32MiBHeap() throws Exception {
        assertThat(roundTrip(64L << 20, "32m")).startsWith("OK 67108864 bytes");
    }

    @Test
    @Tag("large")
    @EnabledIfSystemProperty(named = "lakefs.tests.large", matches = "true")
    void streams1GiBThroughA128MiBHeap() throws Exception {
        assertThat(roundTrip(1L << 30, "128m")).startsWith("OK 1073741824 bytes");
    }

    private static String roundTrip(long size, String maxHeap) throws IOException, InterruptedException {
        return ForkedJvm.run(StreamingRoundTrip.class, maxHeap, server.endpoint(), server.accessKeyId(),
                server.secretAccessKey(), "streaming", Long.toString(size));
    }
}
