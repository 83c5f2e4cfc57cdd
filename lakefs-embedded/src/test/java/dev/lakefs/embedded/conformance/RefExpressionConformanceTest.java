package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5.9 ref expressions, supported everywhere a ref is accepted. */
class RefExpressionConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§5.9 ~N walks first parents; '~' alone means ~1")
    void tildeWalksFirstParents() throws ApiException {
        String initial = headOf("main");
        Commit c1 = commitFile("a", "c1");
        Commit c2 = commitFile("b", "c2");
        assertThat(commitOf("main~1")).isEqualTo(c1.getId());
        assertThat(commitOf("main~")).isEqualTo(c1.getId());
        assertThat(commitOf("main~2")).isEqualTo(initial);
        assertThat(commitOf("main~0")).isEqualTo(c2.getId());
        assertThat(commitOf("main~~")).isEqualTo(initial);
        assertThat(read("main~1", "a")).isEqualTo("a");
    }

    @Test
    @DisplayName("§5.9 ^N picks the Nth parent of a merge; ^0 is the commit itself")
    void caretPicksParents() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "f");
        Commit featureHead = commit("feature", "feature");
        Commit mainHead = commitFile("m", "main");
        String merge = this.refs.mergeIntoBranch(this.repo, "feature", "main").execute().getReference();
        assertThat(commitOf("main^0")).isEqualTo(merge);
        assertThat(commitOf("main^1")).isEqualTo(mainHead.getId());
        assertThat(commitOf("main^")).isEqualTo(mainHead.getId());
        assertThat(commitOf("main^2")).isEqualTo(featureHead.getId());
        assertThat(commitOf(merge + "^2")).isEqualTo(featureHead.getId());
    }

    @Test
    @DisplayName("§5.9 walking past the root → 404")
    void walkingPastRootIsNotFound() {
        failsWith(404, () -> this.commits.getCommit(this.repo, "main~1").execute());
        failsWith(404, () -> this.commits.getCommit(this.repo, "main~5").execute());
    }

    @Test
    @DisplayName("§5.9 main@ is the branch's committed state: staged objects are invisible through it")
    void atIsCommittedState() throws ApiException {
        commitFile("committed", "c1");
        upload("main", "staged", "s");
        assertThat(pathsOf("main", "")).containsExactly("committed", "staged");
        assertThat(pathsOf("main@", "")).containsExactly("committed");
        failsWith(404, () -> this.objects.statObject(this.repo, "main@", "staged").execute());
        assertThat(this.objects.statObject(this.repo, "main", "staged").execute().getPath()).isEqualTo("staged");
    }

    @Test
    @DisplayName("§5.9 '$' (staging) is rejected with 400 where a commit is needed")
    void dollarWhereCommitNeededIsBadRequest() {
        failsWith(400, () -> this.tags.createTag(this.repo, new TagCreation().id("t").ref("main$")).execute());
        failsWith(400, () -> this.commits.getCommit(this.repo, "main$").execute());
    }

    @Test
    @DisplayName("§5.9 a unique commit-id prefix resolves to the commit; full ids and tags resolve too")
    void commitIdPrefixAndTagResolve() throws ApiException {
        Commit c1 = commitFile("a", "c1");
        assertThat(commitOf(c1.getId().substring(0, 12))).isEqualTo(c1.getId());
        assertThat(commitOf(c1.getId())).isEqualTo(c1.getId());
        assertThat(read(c1.getId().substring(0, 12), "a")).isEqualTo("a");
        this.tags.createTag(this.repo, new TagCreation().id("v1").ref("main")).execute();
        commitFile("b", "c2");
        assertThat(commitOf("v1")).isEqualTo(c1.getId());
        assertThat(commitOf("main~1")).isEqualTo(c1.getId());
        assertThat(commitOf("v1~1")).isEqualTo(this.refs.logCommits(this.repo, "main").execute().getResults()
                .get(2).getId());
    }

    @Test
    @DisplayName("§5.9 an ambiguous commit-id prefix is not found → 404")
    void ambiguousPrefixIsNotFound() throws ApiException {
        // Collect commits until two ids share their first hex digit (at most 17 are needed): that digit is ambiguous.
        Map<Character, String> byFirstDigit = new HashMap<>();
        String id = headOf("main");
        for (int i = 0; byFirstDigit.putIfAbsent(id.charAt(0), id) == null; i++) {
            id = this.commits.commit(this.repo, "main", new CommitCreation().message("c" + i).allowEmpty(true))
                    .execute().getId();
        }
        String ambiguous = id.substring(0, 1);
        assertThat(byFirstDigit.get(id.charAt(0))).isNotEqualTo(id);
        failsWith(404, () -> this.commits.getCommit(this.repo, ambiguous).execute());
    }

    @Test
    @DisplayName("§5.9 expressions work on read paths: list, stat, get, diff, log")
    void expressionsOnReadPaths() throws ApiException {
        commitFile("a", "c1");
        commitFile("b", "c2");
        assertThat(pathsOf("main~1", "")).containsExactly("a");
        assertThat(this.objects.statObject(this.repo, "main~1", "a").execute().getPath()).isEqualTo("a");
        assertThat(this.refs.diffRefs(this.repo, "main~1", "main").execute().getResults()).hasSize(1);
        assertThat(this.refs.logCommits(this.repo, "main~1").execute().getResults()).hasSize(2);
    }

    @Test
    @DisplayName("§4 Objects/§5.2 a ref with whitespace is an invalid ref → 400")
    void refWithSpaceIsBadRequest() {
        HttpResponse<byte[]> response = this.http.get(refObjectPath("ma%20in", "a"));
        assertThat(response.statusCode()).as(bodyOf(response)).isEqualTo(400);
    }

    private String commitOf(String ref) throws ApiException {
        return this.commits.getCommit(this.repo, ref).execute().getId();
    }

    private Commit commitFile(String path, String message) throws ApiException {
        upload("main", path, path);
        return commit("main", message);
    }

}
