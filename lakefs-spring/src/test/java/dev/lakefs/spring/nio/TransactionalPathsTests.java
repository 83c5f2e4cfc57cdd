package dev.lakefs.spring.nio;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.transaction.EnableLakeFSTransactions;
import dev.lakefs.spring.transaction.LakeFSTransactionManager;
import dev.lakefs.spring.transaction.LakeFSTransactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code lakefs://} paths in a {@link LakeFSTransactional} method: what it writes to the source branch lands in the
 * transaction's branch, is read back there, and reaches {@code main} when the method returns, or never.
 */
class TransactionalPathsTests extends AbstractEmbeddedLakeFSTests {

    private AnnotationConfigApplicationContext context;

    private Repository repo;

    @BeforeEach
    void startContext() {
        this.repo = newRepository();
        LakeFSFileSystems.install(lakeFS);
        this.context = new AnnotationConfigApplicationContext();
        this.context.getEnvironment().getPropertySources()
            .addFirst(new MapPropertySource("test", Map.of("test.repository", this.repo.id())));
        this.context.getBeanFactory().registerSingleton("lakeFS", lakeFS);
        this.context.getBeanFactory().registerSingleton("transactionManager", new LakeFSTransactionManager(lakeFS));
        this.context.register(ExportConfiguration.class);
        this.context.refresh();
    }

    @AfterEach
    void closeContext() {
        this.context.close();
        LakeFSFileSystems.uninstall(lakeFS);
    }

    @Test
    void writesThroughPathsAreTransactional() throws IOException {
        Exporter exporter = this.context.getBean(Exporter.class);
        URI uri = URI.create("lakefs://" + this.repo.id() + "/main/exports/report.csv");

        assertThat(exporter.export(uri, "id\n1\n")).as("read inside the transaction").isEqualTo("id\n1\n");
        assertThat(this.repo.branch("main").object("exports/report.csv").readString()).isEqualTo("id\n1\n");

        assertThatExceptionOfType(IOException.class)
            .isThrownBy(() -> exporter.exportThenFail(URI.create("lakefs://" + this.repo.id() + "/main/exports/b.csv")));
        assertThat(this.repo.branch("main").object("exports/b.csv").exists()).isFalse();
        assertThat(this.repo.branchesIncludingHidden()).extracting(Branch::id).containsExactly("main");
    }

    /** An application service writing files. */
    static class Exporter {

        @LakeFSTransactional(repository = "${test.repository}", commitMessage = "Export")
        String export(URI target, String csv) throws IOException {
            Path path = Path.of(target);
            Files.writeString(path, csv);
            return Files.readString(path);
        }

        @LakeFSTransactional(repository = "${test.repository}", rollbackFor = IOException.class)
        void exportThenFail(URI target) throws IOException {
            try (OutputStream out = Files.newOutputStream(Path.of(target))) {
                out.write("id\n".getBytes(StandardCharsets.UTF_8));
                throw new IOException("the export failed halfway");
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableLakeFSTransactions
    static class ExportConfiguration {

        @Bean
        Exporter exporter() {
            return new Exporter();
        }
    }
}
