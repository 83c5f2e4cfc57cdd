package dev.lakefs.spring.boot.autoconfigure.nio;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.nio.LakeFSFileSystems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSFileSystemAutoConfiguration}.
 */
class LakeFSFileSystemAutoConfigurationTests {

    @TempDir
    static Path home;

    private static EmbeddedLakeFS server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedLakeFS.builder().build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class, LakeFSFileSystemAutoConfiguration.class))
        .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + server.url(),
                "lakefs.access-key-id=" + server.accessKeyId(),
                "lakefs.secret-access-key=" + server.secretAccessKey());

    @Test
    void pathsOfLakeFSUrisUseTheLakeFSBeanWhileTheContextLives() {
        AtomicReference<FileSystem> used = new AtomicReference<>();
        this.runner.run((context) -> {
            LakeFS lakeFS = context.getBean(LakeFS.class);
            lakeFS.repository("nio-repo").create("mem://bucket/nio-repo");
            lakeFS.repository("nio-repo").branch("main").object("csv/sample_data.csv").upload("ID,Name\n1,Alice\n");

            Path path = Path.of(URI.create("lakefs://nio-repo/main/csv/sample_data.csv"));
            assertThat(Files.readAllLines(path)).containsExactly("ID,Name", "1,Alice");
            assertThat(LakeFSFileSystems.getDefault().lakeFS()).isSameAs(lakeFS);
            used.set(path.getFileSystem());
        });
        assertThat(used.get().isOpen()).as("closed with the context").isFalse();
    }

    @Test
    void absentWithoutTheFileSystemSupport() {
        this.runner.withClassLoader(new FilteredClassLoader(LakeFSFileSystems.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSFileSystemInstaller.class));
    }

    @Test
    void absentWithoutALakeFSBean() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSFileSystemAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSFileSystemInstaller.class));
    }

    @Test
    void theLatestContextServesAndTheEarlierOneAgainWhenItCloses() {
        this.runner.run((first) -> {
            this.runner.run((second) -> assertThat(LakeFSFileSystems.getDefault().lakeFS())
                .isSameAs(second.getBean(LakeFS.class)));
            assertThat(LakeFSFileSystems.getDefault().lakeFS()).isSameAs(first.getBean(LakeFS.class));
        });
    }
}
