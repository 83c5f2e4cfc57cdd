package dev.lakefs.spring.nio;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link LakeFSPath}: names only, no requests (the client points nowhere).
 */
class LakeFSPathTests {

    private final LakeFSFileSystem fileSystem = LakeFSFileSystems
        .newFileSystem(LakeFS.of(LakeFSClient.builder().endpoint("http://127.0.0.1:9").build()));

    @AfterEach
    void close() throws IOException {
        this.fileSystem.close();
    }

    private Path path(String first, String... more) {
        return this.fileSystem.getPath(first, more);
    }

    @Test
    void namesAndParts() {
        Path path = path("/example-repo/main/csv/sample_data.csv");
        assertThat(path.isAbsolute()).isTrue();
        assertThat(path.getNameCount()).isEqualTo(4);
        assertThat(path.getFileName()).hasToString("sample_data.csv");
        assertThat(path.getParent()).isEqualTo(path("/example-repo/main/csv"));
        assertThat(path.getRoot()).isEqualTo(path("/"));
        assertThat(path.getName(1)).isEqualTo(path("main"));
        assertThat(path.subpath(1, 3)).isEqualTo(path("main/csv"));
        List<String> names = new ArrayList<>();
        path.iterator().forEachRemaining((name) -> names.add(name.toString()));
        assertThat(names).containsExactly("example-repo", "main", "csv", "sample_data.csv");
        assertThat(path("/example-repo", "main", "csv/", "/sample_data.csv")).isEqualTo(path);
        assertThat(path("/").getFileName()).isNull();
        assertThat(path("/").getParent()).isNull();
        assertThat(path("/example-repo").getParent()).isEqualTo(path("/"));
        assertThat(path("relative").getParent()).isNull();
        assertThat(path("").getNameCount()).isEqualTo(1);
    }

    @Test
    void resolveRelativizeNormalize() {
        Path main = path("/example-repo/main");
        assertThat(main.resolve("csv/data.csv")).isEqualTo(path("/example-repo/main/csv/data.csv"));
        assertThat(main.resolve("/other/x")).isEqualTo(path("/other/x"));
        assertThat(main.resolve("")).isEqualTo(main);
        assertThat(main.resolveSibling("dev")).isEqualTo(path("/example-repo/dev"));
        assertThat(main.relativize(path("/example-repo/main/csv/data.csv"))).isEqualTo(path("csv/data.csv"));
        assertThat(path("/example-repo/main/a/b").relativize(path("/example-repo/main/c")))
            .isEqualTo(path("../../c"));
        Path relative = main.relativize(path("/example-repo/dev/x"));
        assertThat(main.resolve(relative).normalize()).isEqualTo(path("/example-repo/dev/x"));
        assertThat(path("/example-repo/main/./a/../b").normalize()).isEqualTo(path("/example-repo/main/b"));
        assertThat(path("/../a").normalize()).isEqualTo(path("/a"));
        assertThat(path("../a/./b/..").normalize()).isEqualTo(path("../a"));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> main.relativize(path("x")));
    }

    @Test
    void startsWithEndsWithCompareAndEquals() {
        Path path = path("/example-repo/main/csv/data.csv");
        assertThat(path.startsWith("/example-repo/main")).isTrue();
        assertThat(path.startsWith("/example-repo/ma")).isFalse();
        assertThat(path.startsWith("example-repo")).isFalse();
        assertThat(path.endsWith("csv/data.csv")).isTrue();
        assertThat(path.endsWith("data.csv")).isTrue();
        assertThat(path.endsWith("a.csv")).isFalse();
        assertThat(path.endsWith("/example-repo/main/csv/data.csv")).isTrue();
        assertThat(path("/a/b").compareTo(path("/a/c"))).isNegative();
        assertThat(path("/a/b")).isEqualTo(path("/a//b/")).hasSameHashCodeAs(path("/a//b/"));
        assertThat(path("/a/b")).isNotEqualTo(path("a/b"));
        assertThat(path("a/b").toAbsolutePath()).isEqualTo(path("/a/b"));
    }

    @Test
    void urisRoundTripWithOddCharacters() {
        for (String name : List.of("plain.csv", "with space.txt", "100%25 and %.txt", "hash#tag", "what?", "日本語/ünï",
                "a+b&c=d;e", "~tilde@at:colon")) {
            Path path = path("/example-repo/main/dir", name);
            URI uri = path.toUri();
            assertThat(uri.getScheme()).isEqualTo("lakefs");
            assertThat(uri.getAuthority()).isEqualTo("example-repo");
            assertThat(uri.getRawQuery()).isNull();
            assertThat(uri.getRawFragment()).isNull();
            assertThat(uri.getPath()).isEqualTo("/main/dir/" + name);
            assertThat(this.fileSystem.getPath(uri)).isEqualTo(path);
            assertThat(this.fileSystem.getPath(URI.create(uri.toString()))).isEqualTo(path);
        }
        assertThat(path("/example-repo/main/with space.txt").toUri())
            .hasToString("lakefs://example-repo/main/with%20space.txt");
        assertThat(path("/example-repo/main").toUri()).hasToString("lakefs://example-repo/main/");
        assertThat(path("/example-repo").toUri()).hasToString("lakefs://example-repo/");
        assertThat(path("/").toUri()).hasToString("lakefs:///");
        assertThat(this.fileSystem.getPath(URI.create("lakefs://example-repo/main/"))).isEqualTo(path("/example-repo/main"));
        assertThat(this.fileSystem.getPath(URI.create("lakefs:///"))).isEqualTo(path("/"));
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.fileSystem.getPath(URI.create("lakefs://example-repo/main/a?b")));
    }

    @Test
    void globAndRegexMatchers() {
        PathMatcher csv = this.fileSystem.getPathMatcher("glob:/example-repo/main/datasets/**/*.csv");
        assertThat(csv.matches(path("/example-repo/main/datasets/2024/01/a.csv"))).isTrue();
        assertThat(csv.matches(path("/example-repo/main/datasets/a.csv"))).isFalse();
        assertThat(csv.matches(path("/example-repo/main/datasets/2024/a.parquet"))).isFalse();
        PathMatcher name = this.fileSystem.getPathMatcher("glob:*.{csv,tsv}");
        assertThat(name.matches(path("a.csv"))).isTrue();
        assertThat(name.matches(path("b.tsv"))).isTrue();
        assertThat(name.matches(path("dir/a.csv"))).isFalse();
        PathMatcher classes = this.fileSystem.getPathMatcher("glob:part-[0-9][!a-z]?.txt");
        assertThat(classes.matches(path("part-01x.txt"))).isTrue();
        assertThat(classes.matches(path("part-0ax.txt"))).isFalse();
        assertThat(this.fileSystem.getPathMatcher("glob:a\\*b(c).txt").matches(path("a*b(c).txt"))).isTrue();
        assertThat(this.fileSystem.getPathMatcher("regex:.*/sample_[a-z]+\\.csv")
            .matches(path("/r/main/sample_data.csv"))).isTrue();
        assertThatExceptionOfType(PatternSyntaxException.class)
            .isThrownBy(() -> this.fileSystem.getPathMatcher("glob:{a,b"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> this.fileSystem.getPathMatcher("xpath:a"));
    }
}
