package dev.lakefs.spring.client;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lakefs.embedded.EmbeddedLakeFS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An object several times larger than the heap streams both ways: {@link BoundedMemoryTransfer} runs in a child JVM
 * with {@code -Xmx32m}. The default size (64 MiB) keeps the build fast; set the system property
 * {@code lakefs.test.large-object-bytes} (e.g. {@code 1073741824} for 1 GiB) for a soak run.
 */
class LakeFSClientBoundedMemoryTests {

    private static final long SIZE = Long.getLong("lakefs.test.large-object-bytes", 64L * 1024 * 1024);

    private static EmbeddedLakeFS server;

    @BeforeAll
    static void startServer() {
        // the server keeps large blobs on disk, so only the client's memory is under test
        server = EmbeddedLakeFS.builder().port(0).spillThreshold(4 * 1024 * 1024).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void streamsAnObjectLargerThanTheHeapOfASmallJvm() throws Exception {
        LakeFSClient client = LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .build();
        String repository = EmbeddedServerSupport.newRepository(client);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-cp",
                System.getProperty("java.class.path"), BoundedMemoryTransfer.class.getName(), server.endpoint(),
                server.accessKeyId(), server.secretAccessKey(), repository, Long.toString(SIZE)))
            .redirectErrorStream(true)
            .start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(new String(output)).isZero();
        assertThat(client.statObject(repository, "main", "large.bin").block().sizeBytes()).isEqualTo(SIZE);
    }

}
