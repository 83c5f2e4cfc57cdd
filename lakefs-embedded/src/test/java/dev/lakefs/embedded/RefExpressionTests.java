package dev.lakefs.embedded;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ref expressions and read-only refs, SEMANTICS.md §5.8 and §5.9. */
class RefExpressionTests extends EmbeddedServerTestSupport {

    private String first;

    private String second;

    @BeforeEach
    void twoCommits() {
        this.http.upload(this.repository, "main", "a", "v1");
        this.first = this.http.commit(this.repository, "main", "one").json().path("id").asString();
        this.http.upload(this.repository, "main", "a", "v2");
        this.second = this.http.commit(this.repository, "main", "two").json().path("id").asString();
    }

    @Test
    @DisplayName("§5.9 ~N walks first parents, ~ is ~1, ^N picks the Nth parent, ^0 is the commit itself")
    void ancestry() {
        assertThat(commitOf("main~1")).isEqualTo(this.first);
        assertThat(commitOf("main~")).isEqualTo(this.first);
        assertThat(commitOf("main^")).isEqualTo(this.first);
        assertThat(commitOf("main^0")).isEqualTo(this.second);
        assertThat(commitOf(this.second + "~1")).isEqualTo(this.first);
        assertThat(this.http.read(this.repository, "main~1", "a")).isEqualTo("v1");
    }

    @Test
    @DisplayName("§5.9 walking past the root is 404")
    void pastTheRootIsNotFound() {
        assertThat(this.http.get(repo("/commits/main~10")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§5.9 @ reads a branch's committed state, $ and the plain name its staging")
    void committedAndStaging() {
        this.http.upload(this.repository, "main", "a", "staged");
        assertThat(this.http.read(this.repository, "main@", "a")).isEqualTo("v2");
        assertThat(this.http.read(this.repository, "main", "a")).isEqualTo("staged");
        assertThat(this.http.read(this.repository, LakeFSHttp.encode("main$"), "a")).isEqualTo("staged");
    }

    @Test
    @DisplayName("§5.9 $ is rejected with 400 where a commit is needed")
    void stagingRefWhereCommitNeeded() {
        assertThat(this.http.post(repo("/tags"), "{\"id\":\"t\",\"ref\":\"main$\"}").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§5.9 unique commit-id prefixes resolve; unknown ones are 404")
    void prefixes() {
        assertThat(commitOf(this.first.substring(0, 6))).isEqualTo(this.first);
        String unknown = this.first.startsWith("f") ? "0000000" : "fffffff";
        assertThat(this.http.get(repo("/commits/" + unknown)).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§5.8 writes to a tag or commit id are 404 'branch not found'; to main~1 400")
    void readOnlyRefs() {
        this.http.post(repo("/tags"), "{\"id\":\"v1\",\"ref\":\"main\"}");
        assertThat(this.http.upload(this.repository, "v1", "x", "x").status()).isEqualTo(404);
        assertThat(this.http.upload(this.repository, this.first, "x", "x").status()).isEqualTo(404);
        assertThat(this.http.upload(this.repository, "main~1", "x", "x").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§5.2 a ref with whitespace is 400")
    void refWithSpaceIsBadRequest() {
        assertThat(this.http.get(repo("/refs/main%20x/objects?path=a")).status()).isEqualTo(400);
    }

    private String commitOf(String ref) {
        return this.http.get(repo("/commits/" + LakeFSHttp.encode(ref))).json().path("id").asString();
    }
}
