package dev.lakefs.spring.resource;

import java.net.URI;

import dev.lakefs.spring.InvalidNameException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Parsing and resolving {@code lakefs://repository/ref/path}.
 */
class LakeFSUriTests {

    @Test
    void parsesRepositoryRefAndPath() {
        LakeFSUri uri = LakeFSUri.parse("lakefs://example-repo/main~1/datasets/2024/data.parquet");
        assertThat(uri.repository()).isEqualTo("example-repo");
        assertThat(uri.ref()).isEqualTo("main~1");
        assertThat(uri.path()).isEqualTo("datasets/2024/data.parquet");
        assertThat(uri.filename()).isEqualTo("data.parquet");
        assertThat(uri).hasToString("lakefs://example-repo/main~1/datasets/2024/data.parquet");
        assertThat(LakeFSUri.parse("LAKEFS://example-repo/main/a")).isEqualTo(new LakeFSUri("example-repo", "main", "a"));
    }

    @Test
    void rejectsIncompleteOrInvalidLocations() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> LakeFSUri.parse("lakefs://example-repo/main"))
            .withMessageContaining("needs a repository, a ref and a path");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> LakeFSUri.parse("lakefs://example-repo/main/"));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> LakeFSUri.parse("s3://bucket/key"))
            .withMessageContaining("Not a lakefs:// location");
        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> LakeFSUri.parse("lakefs://Bad_Repo/main/a"));
    }

    @Test
    void resolvesRelativePathsLikeUris() {
        LakeFSUri base = LakeFSUri.parse("lakefs://repo/main/a/b/c.txt");
        assertThat(base.resolve("d.txt").path()).isEqualTo("a/b/d.txt");
        assertThat(base.resolve("../d.txt").path()).isEqualTo("a/d.txt");
        assertThat(base.resolve("./e/f.txt").path()).isEqualTo("a/b/e/f.txt");
        assertThat(base.resolve("/root.txt").path()).isEqualTo("root.txt");
    }

    @Test
    void convertsToAJavaNetUri() {
        assertThat(LakeFSUri.parse("lakefs://repo/main/dir/a b.txt").toUri().toString())
            .isEqualTo("lakefs://repo/main/dir/a%20b.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dir/a b.txt", "dir/100%.csv", "dir/%20literal", "q?a=1", "x#frag", "été/日本語.csv",
            "a+b;c=d,e", "[brackets]/{braces}", "back\\slash", "emoji 😀.txt" })
    void roundTripsOddCharactersThroughJavaNetUris(String path) {
        LakeFSUri location = new LakeFSUri("repo", "main", path);
        URI uri = location.toUri();
        assertThat(uri.getScheme()).isEqualTo("lakefs");
        assertThat(uri.getRawQuery()).isNull();
        assertThat(uri.getRawFragment()).isNull();
        assertThat(uri.getPath()).isEqualTo("/main/" + path);
        assertThat(LakeFSUri.from(uri)).isEqualTo(location);
        assertThat(LakeFSUri.from(URI.create(uri.toASCIIString()))).isEqualTo(location);
        assertThat(LakeFSUri.parse(location.toString())).isEqualTo(location);
    }

    @Test
    void encodesRefExpressionsThatAreNotUriCharacters() {
        LakeFSUri location = LakeFSUri.parse("lakefs://repo/main^1/a.txt");
        assertThat(location.toUri().toString()).isEqualTo("lakefs://repo/main%5E1/a.txt");
        assertThat(LakeFSUri.from(location.toUri())).isEqualTo(location);
    }

    @Test
    void rejectsUrisThatAreNotLakeFSLocations() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> LakeFSUri.from(URI.create("s3://bucket/key")))
            .withMessageContaining("needs a repository, a ref and a path (lakefs://repository/ref/path): 's3://bucket/key'");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> LakeFSUri.from(URI.create("lakefs://repo/main/a.csv#part")))
            .withMessageContaining("no query or fragment");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> LakeFSUri.from(URI.create("lakefs://repo/main")))
            .withMessageContaining("needs a repository, a ref and a path");
    }
}
