package dev.lakefs.spring.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.WritableResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code of {@code docs/resources-and-batch.md} that needs no Spring Boot, run against the embedded server.
 */
class ResourcesDocumentationTests extends AbstractEmbeddedLakeFSTests {

    private Repository repo;

    @BeforeEach
    void createRepository() {
        server.reset();
        this.repo = lakeFS.repository("example-repo").create("mem://bucket/example-repo");
        Branch main = this.repo.branch("main");
        main.object("datasets/2024/a.csv").upload("a\n");
        main.object("datasets/2024/b.csv").upload("b\n");
        main.object("datasets/2025/c.csv").upload("c\n");
        main.commit("datasets"); // lakeFS merges a transaction only into a branch without uncommitted changes
    }

    @Test
    void patternsWithoutSpringBoot() throws IOException {
        LakeFSResourcePatternResolver resolver = new LakeFSResourcePatternResolver(lakeFS,
                new PathMatchingResourcePatternResolver());
        Resource[] csvFiles = resolver.getResources("lakefs://example-repo/main/datasets/**/*.csv"); // every page
        try (Stream<LakeFSResource> first = resolver.stream("lakefs://example-repo/main/datasets/**/*.csv")) {
            first.limit(10).forEach(System.out::println); // pages fetched as consumed
        }
        assertThat(csvFiles).extracting(Resource::getFilename).containsExactly("a.csv", "b.csv", "c.csv");
    }

    @Test
    void oneObjectTwoSpellings() throws IOException {
        LakeFSResourcePatternResolver resolver = new LakeFSResourcePatternResolver(lakeFS,
                new PathMatchingResourcePatternResolver());
        this.repo.branch("main").object("my data/100% #1.csv").upload("odd\n"); // uncommitted: read only
        Resource resource = resolver.getResource("lakefs://example-repo/main/my data/100% #1.csv"); // literal
        URI uri = resource.getURI(); // lakefs://example-repo/main/my%20data/100%25%20%231.csv
        LakeFSResource same = new LakeFSResource(lakeFS, LakeFSUri.from(uri)); // decoded: the same object
        assertThat(uri.toString()).isEqualTo("lakefs://example-repo/main/my%20data/100%25%20%231.csv");
        assertThat(same).isEqualTo(resource);
        assertThat(same.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("odd\n");
    }

    @Test
    void readsYourWritesInATransaction() {
        LakeFSResourcePatternResolver resolver = new LakeFSResourcePatternResolver(lakeFS,
                new PathMatchingResourcePatternResolver());
        Branch main = this.repo.branch("main");
        List<String> seen = main.transact((tx) -> {
            WritableResource out = (WritableResource) resolver.getResource("lakefs://example-repo/main/datasets/2026/d.csv");
            try (OutputStream stream = out.getOutputStream()) {
                stream.write("d\n".getBytes(StandardCharsets.UTF_8));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            try (Stream<LakeFSResource> csv = resolver.stream("lakefs://example-repo/main/datasets/**/*.csv")) {
                return csv.map(LakeFSResource::getFilename).toList(); // lists the transaction's branch: d.csv too
            }
        });
        assertThat(seen).containsExactly("a.csv", "b.csv", "c.csv", "d.csv");
        assertThat(main.object("datasets/2026/d.csv").readString()).isEqualTo("d\n");
    }
}
