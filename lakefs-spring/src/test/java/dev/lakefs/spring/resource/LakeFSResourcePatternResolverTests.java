package dev.lakefs.spring.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code lakefs://} location patterns through {@link LakeFSResourcePatternResolver}, against the embedded server.
 */
class LakeFSResourcePatternResolverTests extends AbstractEmbeddedLakeFSTests {

    private static final List<String> KEYS = List.of("datasets/2023/a.csv", "datasets/2023/b.tsv",
            "datasets/2024/c.csv", "datasets/2024/q1/d.csv", "datasets/2024/q1/e.json", "datasets/top.csv",
            "datasets/top1.csv", "datasets/top22.csv", "other/f.csv", "root.csv");

    private LakeFSResourcePatternResolver resolver;

    private Repository repo;

    @BeforeEach
    void createObjects() {
        this.resolver = new LakeFSResourcePatternResolver(lakeFS, new PathMatchingResourcePatternResolver());
        this.repo = newRepository();
        Branch main = this.repo.branch("main");
        for (String key : KEYS) {
            main.object(key).upload("content of " + key);
        }
        main.commit("objects");
    }

    private List<String> paths(String pathPattern) throws IOException {
        return paths(this.resolver, "lakefs://" + this.repo.id() + "/main/" + pathPattern);
    }

    private static List<String> paths(ResourcePatternResolver resolver, String location) throws IOException {
        return Arrays.stream(resolver.getResources(location))
            .map((resource) -> ((LakeFSResource) resource).lakeFSUri().path())
            .toList();
    }

    @Test
    void matchesAntStylePatternsOverKeys() throws IOException {
        assertThat(paths("datasets/**/*.csv")).containsExactly("datasets/2023/a.csv", "datasets/2024/c.csv",
                "datasets/2024/q1/d.csv", "datasets/top.csv", "datasets/top1.csv", "datasets/top22.csv");
        assertThat(paths("datasets/*.csv")).containsExactly("datasets/top.csv", "datasets/top1.csv",
                "datasets/top22.csv");
        assertThat(paths("datasets/top?.csv")).containsExactly("datasets/top1.csv");
        assertThat(paths("datasets/*/*.csv")).containsExactly("datasets/2023/a.csv", "datasets/2024/c.csv");
        assertThat(paths("**/*.csv")).hasSize(8).contains("root.csv", "other/f.csv");
        assertThat(paths("datasets/{2023,2024/q1}/*.{csv,tsv}")).containsExactly("datasets/2023/a.csv",
                "datasets/2023/b.tsv", "datasets/2024/q1/d.csv");
        assertThat(paths("nothing/**/*.csv")).isEmpty();
    }

    @Test
    void listsOnlyUnderTheLiteralPrefixAndOneLevelWithoutDoubleStars() throws IOException {
        int before = listings().size();
        paths("datasets/2024/*.csv");
        assertThat(listings().subList(before, listings().size())).singleElement().satisfies((query) -> {
            assertThat(query).containsEntry("prefix", "datasets/2024/").containsEntry("delimiter", "/");
        });
        before = listings().size();
        paths("datasets/**/c.csv");
        assertThat(listings().subList(before, listings().size())).singleElement().satisfies((query) -> {
            assertThat(query).containsEntry("prefix", "datasets/").doesNotContainKey("delimiter");
        });
    }

    @Test
    void readsEveryPageForAnArrayAndOnlyWhatIsConsumedForAStream() throws IOException {
        LakeFSResourcePatternResolver smallPages = this.resolver.withPageSize(2);
        int before = listings().size();
        assertThat(paths(smallPages, "lakefs://" + this.repo.id() + "/main/datasets/**")).hasSize(8);
        assertThat(listings().size() - before).isEqualTo(4);

        before = listings().size();
        try (Stream<LakeFSResource> found = smallPages.stream("lakefs://" + this.repo.id() + "/main/datasets/**")) {
            assertThat(found.findFirst()).get()
                .satisfies((resource) -> assertThat(resource.getFilename()).isEqualTo("a.csv"));
        }
        assertThat(listings().size() - before).isEqualTo(1);
    }

    /** The query parameters of every object listing of this test's repository the server received, in order. */
    private List<Map<String, String>> listings() {
        return requestsFor("listObjects").stream()
            .filter((request) -> request.path().contains("/repositories/" + this.repo.id() + "/"))
            .map((request) -> queryParameters(request.query()))
            .toList();
    }

    private static Map<String, String> queryParameters(@Nullable String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    @Test
    void resolvesMatchesAsReadableResourcesOnTheSameRef() throws IOException {
        Resource[] found = this.resolver.getResources("lakefs://" + this.repo.id() + "/main/datasets/2024/*.csv");
        assertThat(found).singleElement().satisfies((resource) -> {
            assertThat(resource.getURI().toString()).isEqualTo("lakefs://" + this.repo.id() + "/main/datasets/2024/c.csv");
            assertThat(resource.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("content of datasets/2024/c.csv");
        });
    }

    @Test
    void givesOneResourceForALocationWithoutWildcards() throws IOException {
        assertThat(this.resolver.getResources("lakefs://" + this.repo.id() + "/main/missing.csv"))
            .singleElement()
            .satisfies((resource) -> assertThat(resource.exists()).isFalse());
    }

    @Test
    void delegatesOtherLocations() throws IOException {
        assertThat(this.resolver.getResource("classpath:some.txt")).isInstanceOf(ClassPathResource.class);
        assertThat(this.resolver.getResources("classpath*:dev/lakefs/spring/resource/LakeFSUriTests.class"))
            .hasSize(1);
        assertThat(this.resolver.getClassLoader()).isSameAs(this.resolver.delegate().getClassLoader());
    }

    @Test
    void rejectsWildcardsInTheRepositoryOrTheRef() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.resolver.getResources("lakefs://repo-*/main/a.csv"))
            .withMessageContaining("only, not in the repository or the ref: 'lakefs://repo-*/main/a.csv'");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.resolver.getResources("lakefs://repo/ma?n/*.csv"))
            .withMessageContaining("not in the repository or the ref");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.resolver.getResources("lakefs://repo/main/{a,b/*.csv"))
            .withMessageContaining("closed and not nested");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.resolver.getResources("lakefs://repo/*.csv"))
            .withMessageContaining("A lakefs:// pattern needs a repository, a ref and a path");
    }

    @Test
    void failsWithFileNotFoundWhenTheRefDoesNotExist() {
        assertThatExceptionOfType(FileNotFoundException.class)
            .isThrownBy(() -> this.resolver.getResources("lakefs://" + this.repo.id() + "/no-such-branch/*.csv"))
            .withMessageContaining("Cannot list lakefs://" + this.repo.id() + "/no-such-branch/*.csv");
    }

    @Test
    void patternsOnATagOrACommitListThatRef() throws IOException {
        this.repo.tag("v1").create("main");
        this.repo.branch("main").object("datasets/later.csv").upload("later");
        assertThat(paths(this.resolver, "lakefs://" + this.repo.id() + "/v1/datasets/*.csv"))
            .containsExactly("datasets/top.csv", "datasets/top1.csv", "datasets/top22.csv");
        assertThat(paths("datasets/*.csv")).contains("datasets/later.csv");
    }

    @Test
    void patternsInATransactionListAndReadTheTransactionsWrites() {
        Branch main = this.repo.branch("main");
        String pattern = "lakefs://" + this.repo.id() + "/main/datasets/2025/*.csv";
        main.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("2025"), (tx) -> {
            try {
                LakeFSResource written = (LakeFSResource) this.resolver
                    .getResource("lakefs://" + this.repo.id() + "/main/datasets/2025/x.csv");
                try (var out = written.getOutputStream()) {
                    out.write("x".getBytes(StandardCharsets.UTF_8));
                }
                Resource[] found = this.resolver.getResources(pattern);
                assertThat(found).singleElement().satisfies((resource) -> {
                    assertThat(resource.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("x");
                    assertThat(resource.getURI().toString()).contains("/main/datasets/2025/x.csv");
                });
                assertThat(this.repo.ref("main").object("datasets/2025/x.csv").exists()).isFalse();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        try {
            assertThat(this.resolver.getResources(pattern)).hasSize(1);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
