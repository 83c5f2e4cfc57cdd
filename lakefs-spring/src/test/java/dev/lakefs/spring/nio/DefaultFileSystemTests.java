package dev.lakefs.spring.nio;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.Lakectl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code Path.of(URI.create("lakefs://…"))}: the JDK finds the provider through {@link java.util.ServiceLoader}, and
 * the default file system uses the installed {@code LakeFS}, else lakectl's configuration.
 */
class DefaultFileSystemTests extends AbstractEmbeddedLakeFSTests {

    @TempDir
    Path home;

    private Repository repo;

    @BeforeEach
    void createRepository() {
        this.repo = newRepository();
        this.repo.branch("main").object("csv/sample_data.csv").upload("ID,Name\n1,Alice\n");
    }

    @AfterEach
    void restore() {
        LakeFSFileSystems.uninstall(lakeFS);
        FileSystemRegistry.setDiscovery(LakectlDiscovery::discover);
    }

    @Test
    void pathOfAUriUsesTheInstalledClient() throws IOException {
        LakeFSFileSystems.install(lakeFS);
        Path path = Path.of(URI.create("lakefs://" + this.repo.id() + "/main/csv/sample_data.csv"));

        assertThat(path).isInstanceOf(LakeFSPath.class);
        assertThat(path.getFileSystem()).isSameAs(LakeFSFileSystems.getDefault())
            .isSameAs(FileSystems.getFileSystem(URI.create("lakefs:///")));
        assertThat(Files.readAllLines(path)).containsExactly("ID,Name", "1,Alice");
        assertThat(Path.of(path.toUri())).isEqualTo(path);
        assertThat(LakeFSFileSystems.path(path.toUri())).isEqualTo(path);

        assertThat(LakeFSFileSystems.uninstall(lakeFS)).isTrue();
        assertThat(path.getFileSystem().isOpen()).isFalse();
        assertThat(LakeFSFileSystems.uninstall(lakeFS)).isFalse();
    }

    @Test
    void withoutAnInstalledClientLakectlsConfigurationIsUsed() throws IOException {
        Path config = Files.writeString(this.home.resolve("lakectl.yaml"), "credentials:\n"
                + "  access_key_id: " + server.accessKeyId() + "\n"
                + "  secret_access_key: " + server.secretAccessKey() + "\n"
                + "server:\n"
                + "  endpoint_url: " + server.url() + "\n");
        Map<String, String> variables = Map.of(Lakectl.CONFIG_FILE_VARIABLE, config.toString());
        FileSystemRegistry.setDiscovery(() -> LakectlDiscovery.discover(new Lakectl(variables::get, this.home)));

        Path path = Path.of(URI.create("lakefs://" + this.repo.id() + "/main/csv/sample_data.csv"));
        assertThat(Files.readString(path)).isEqualTo("ID,Name\n1,Alice\n");
    }

    @Test
    void withNeitherTheErrorSaysWhatToDo() {
        FileSystemRegistry.setDiscovery(() -> LakectlDiscovery.discover(new Lakectl((name) -> null, this.home)));
        assertThatExceptionOfType(FileSystemNotFoundException.class)
            .isThrownBy(() -> Path.of(URI.create("lakefs://" + this.repo.id() + "/main/x")))
            .withMessageContaining("LakeFSFileSystems.install")
            .withMessageContaining("LAKECTL_SERVER_ENDPOINT_URL");
    }
}
