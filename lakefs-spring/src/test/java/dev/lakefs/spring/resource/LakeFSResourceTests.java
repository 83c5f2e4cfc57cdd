package dev.lakefs.spring.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.WritableResource;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code lakefs://} locations through Spring's resource abstraction.
 */
class LakeFSResourceTests extends AbstractEmbeddedLakeFSTests {

    private final DefaultResourceLoader loader = new DefaultResourceLoader();

    private Repository repo;

    @BeforeEach
    void registerResolver() {
        this.loader.addProtocolResolver(new LakeFSProtocolResolver(lakeFS));
        this.repo = newRepository();
        Branch main = this.repo.branch("main");
        main.object("csv/sample_data.csv").upload("ID,Name\n1,Alice\n");
        main.commit("data");
        this.repo.tag("v1").create("main");
    }

    @Test
    void resolvesLakeFSLocationsAndLeavesOthersAlone() {
        Resource resource = this.loader.getResource("lakefs://" + this.repo.id() + "/main/csv/sample_data.csv");
        assertThat(resource).isInstanceOf(LakeFSResource.class);
        assertThat(resource.getFilename()).isEqualTo("sample_data.csv");
        assertThat(resource.getDescription()).isEqualTo("lakeFS object [lakefs://" + this.repo.id() + "/main/csv/sample_data.csv]");
        assertThat(this.loader.getResource("classpath:nothing.txt")).isNotInstanceOf(LakeFSResource.class);
    }

    @Test
    void readsObjectsAndTheirProperties() throws IOException {
        Resource resource = this.loader.getResource("lakefs://" + this.repo.id() + "/v1/csv/sample_data.csv");

        assertThat(resource.exists()).isTrue();
        assertThat(resource.isReadable()).isTrue();
        assertThat(resource.contentLength()).isEqualTo(16);
        assertThat(resource.lastModified()).isPositive();
        assertThat(resource.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("ID,Name\n1,Alice\n");
        assertThat(resource.getURI().toString()).isEqualTo("lakefs://" + this.repo.id() + "/v1/csv/sample_data.csv");
    }

    @Test
    void writesOnBranchesOnly() throws IOException {
        Resource onBranch = this.loader.getResource("lakefs://" + this.repo.id() + "/main/out/report.txt");
        assertThat(onBranch).isInstanceOf(WritableResource.class);
        WritableResource writable = (WritableResource) onBranch;
        assertThat(writable.isWritable()).isTrue();
        try (OutputStream out = writable.getOutputStream()) {
            StreamUtils.copy("report", StandardCharsets.UTF_8, out);
        }
        assertThat(this.repo.branch("main").object("out/report.txt").readString()).isEqualTo("report");

        WritableResource onTag = (WritableResource) this.loader.getResource("lakefs://" + this.repo.id() + "/v1/out/x.txt");
        assertThat(onTag.isWritable()).isFalse();
        assertThatExceptionOfType(IOException.class).isThrownBy(onTag::getOutputStream)
            .withMessageContaining("is not an existing branch");
        WritableResource onExpression = (WritableResource) this.loader
            .getResource("lakefs://" + this.repo.id() + "/main~1/out/x.txt");
        assertThat(onExpression.isWritable()).isFalse();
    }

    @Test
    void missingObjectsBehaveLikeMissingFiles() throws IOException {
        Resource missing = this.loader.getResource("lakefs://" + this.repo.id() + "/main/nope.txt");
        assertThat(missing.exists()).isFalse();
        assertThat(missing.isReadable()).isFalse();
        assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(missing::getInputStream);
        assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(missing::contentLength);
    }

    @Test
    void valueAnnotatedResourcesResolveInAnApplicationContext() throws IOException {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.addProtocolResolver(new LakeFSProtocolResolver(() -> lakeFS));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                    Map.of("data.location", "lakefs://" + this.repo.id() + "/main/csv/sample_data.csv")));
            context.register(DataHolder.class);
            context.refresh();

            Resource data = context.getBean(DataHolder.class).data;
            assertThat(data).isInstanceOf(LakeFSResource.class);
            assertThat(data.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("ID,Name\n1,Alice\n");
            assertThat(context.getResource("lakefs://" + this.repo.id() + "/v1/csv/sample_data.csv").exists()).isTrue();
        }
    }

    static class DataHolder {

        @Value("${data.location}")
        Resource data;
    }

    @Test
    void resolvesRelativeResourcesOnTheSameRef() throws IOException {
        Resource csv = this.loader.getResource("lakefs://" + this.repo.id() + "/main/csv/sample_data.csv");
        Resource sibling = csv.createRelative("../out/../csv/sample_data.csv");
        assertThat(sibling).isEqualTo(csv);
        try (InputStream in = sibling.getInputStream()) {
            assertThat(in.readAllBytes()).hasSize(16);
        }
    }

    @Test
    void oddCharactersRoundTripThroughTheUriToTheSameObject() throws IOException {
        Branch main = this.repo.branch("main");
        for (String path : List.of("odd/a b.csv", "odd/100%.csv", "odd/x#1?.csv", "odd/été 日本.csv")) {
            main.object(path).upload("data of " + path);
            Resource byLocation = this.loader.getResource("lakefs://" + this.repo.id() + "/main/" + path);
            URI uri = byLocation.getURI();
            assertThat(uri.getRawPath()).doesNotContain(" ", "#", "?");
            Resource byUri = new LakeFSResource(lakeFS, LakeFSUri.from(uri));
            assertThat(byUri).isEqualTo(byLocation);
            assertThat(byUri.getFilename()).isEqualTo(path.substring("odd/".length()));
            assertThat(byUri.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("data of " + path);
            assertThat(byUri.contentLength()).isEqualTo(("data of " + path).getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void isNotAFile() {
        Resource resource = this.loader.getResource("lakefs://" + this.repo.id() + "/main/csv/sample_data.csv");
        assertThat(resource.isFile()).isFalse();
        assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(resource::getFile);
        assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(resource::getURL);
    }

    @Test
    void lastModifiedIsTheObjectsModificationTime() throws IOException {
        Resource resource = this.loader.getResource("lakefs://" + this.repo.id() + "/main/csv/sample_data.csv");
        assertThat(resource.lastModified())
            .isEqualTo(this.repo.branch("main").object("csv/sample_data.csv").stat().mtime().toEpochMilli());
    }

    @Test
    void readsAndWritesTheTransactionBranchInsideATransaction() {
        Branch main = this.repo.branch("main");
        String location = "lakefs://" + this.repo.id() + "/main/tx/out.txt";
        main.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("resource"), (tx) -> {
            try {
                WritableResource resource = (WritableResource) this.loader.getResource(location);
                try (OutputStream out = resource.getOutputStream()) {
                    StreamUtils.copy("written in tx", StandardCharsets.UTF_8, out);
                }
                assertThat(resource.exists()).isTrue();
                assertThat(resource.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("written in tx");
                assertThat(this.repo.ref("main").object("tx/out.txt").exists()).isFalse();
                assertThat(this.repo.branch(tx.branchId()).object("tx/out.txt").exists()).isTrue();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        assertThat(this.repo.branch("main").object("tx/out.txt").readString()).isEqualTo("written in tx");
    }

    @Test
    void writesThroughResourcesVanishWhenTheTransactionFails() {
        Branch main = this.repo.branch("main");
        String location = "lakefs://" + this.repo.id() + "/main/tx/failed.txt";
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> main.transact((tx) -> {
            try (OutputStream out = ((WritableResource) this.loader.getResource(location)).getOutputStream()) {
                StreamUtils.copy("half", StandardCharsets.UTF_8, out);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            throw new IllegalStateException("boom");
        }));
        assertThat(this.loader.getResource(location).exists()).isFalse();
    }
}
