package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.Ref;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §4 Branches, §5.2 names, §5.7 deleting branches. */
class BranchConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4 createBranch → 201 with the raw commit id as a non-JSON body")
    void createBranchAnswersRawCommitId() throws ApiException {
        String mainHead = headOf("main");
        ApiResponse<String> response = this.branches
                .createBranch(this.repo, new BranchCreation().name("feature").source("main")).executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(response.getData()).isEqualTo(mainHead);
        // §4 "returns 201 with the raw commit ID as a non-JSON body" (no JSON string quotes)
        HttpResponse<byte[]> raw = this.http.send("POST", "/repositories/" + this.repo + "/branches",
                "{\"name\":\"feature2\",\"source\":\"main\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json");
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(bodyOf(raw).trim()).isEqualTo(mainHead);
        assertThat(this.branches.getBranch(this.repo, "feature").execute().getCommitId()).isEqualTo(mainHead);
    }

    @Test
    @DisplayName("§4/§5.9 a branch can be created from any ref: a tag, a commit id, an expression")
    void createBranchFromAnyRef() throws ApiException {
        String first = headOf("main");
        upload("main", "a", "a");
        String second = commit("main", "second").getId();
        this.tags.createTag(this.repo, new TagCreation().id("v1").ref(first)).execute();
        assertThat(createBranch("from-tag", "v1")).isEqualTo(first);
        assertThat(createBranch("from-commit", second)).isEqualTo(second);
        assertThat(createBranch("from-expression", "main~1")).isEqualTo(first);
    }

    @ParameterizedTest(name = "§5.2 branch name ''{0}'' breaks ^\\w[-\\w]*$ → 400")
    @ValueSource(strings = { "-dash-first", "has space", "a/b", "dot.name", "main~1", "tilde~" })
    void invalidBranchNameIsBadRequest(String name) {
        failsWith(400, () -> createBranch(name, "main"));
    }

    @Test
    @DisplayName("§5.2 branch names may use letters, digits, underscores and dashes, starting with _ or a digit")
    void validBranchNamesAreAccepted() throws ApiException {
        for (String name : new String[] { "_underscore", "9lives", "Mixed_Case-1" }) {
            createBranch(name, "main");
        }
        assertThat(this.branches.listBranches(this.repo).execute().getResults()).extracting(Ref::getId)
                .containsExactly("9lives", "Mixed_Case-1", "_underscore", "main");
    }

    @Test
    @DisplayName("§4/§5.2 creating a branch whose name exists (branch, tag or commit id) → 409")
    void branchNameClashIsConflict() throws ApiException {
        createBranch("feature", "main");
        failsWith(409, () -> createBranch("feature", "main"));
        this.tags.createTag(this.repo, new TagCreation().id("release").ref("main")).execute();
        failsWith(409, () -> createBranch("release", "main"));
        String commitId = headOf("main");
        failsWith(409, () -> createBranch(commitId, "main"));
    }

    @Test
    @DisplayName("§4 creating a branch from an unknown source → 404")
    void createBranchFromUnknownSourceIsNotFound() {
        failsWith(404, () -> createBranch("feature", "no-such-ref"));
    }

    @Test
    @DisplayName("§4 GET …/branches/{branch} → 200 Ref; unknown branch → 404")
    void getBranch() throws ApiException {
        Ref main = this.branches.getBranch(this.repo, "main").execute();
        assertThat(main.getId()).isEqualTo("main");
        assertThat(main.getCommitId()).matches(COMMIT_ID_PATTERN);
        ApiException ex = failsWith(404, () -> this.branches.getBranch(this.repo, "nope").execute());
        assertThat(messageOf(ex)).contains("not found");
    }

    @Test
    @DisplayName("§4 hidden branches are listed only with show_hidden=true but are otherwise usable")
    void hiddenBranchesOnlyWithShowHidden() throws ApiException {
        this.branches.createBranch(this.repo, new BranchCreation().name("ghost").source("main").hidden(true)).execute();
        createBranch("visible", "main");
        assertThat(this.branches.listBranches(this.repo).execute().getResults()).extracting(Ref::getId)
                .containsExactly("main", "visible");
        assertThat(this.branches.listBranches(this.repo).showHidden(true).execute().getResults())
                .extracting(Ref::getId).containsExactly("ghost", "main", "visible");
        assertThat(this.branches.getBranch(this.repo, "ghost").execute().getId()).isEqualTo("ghost");
        upload("ghost", "in-ghost", "boo");
        assertThat(commit("ghost", "haunt").getParents()).containsExactly(headOf("main"));
    }

    @Test
    @DisplayName("§5.7 deleting the default branch → 403; a missing branch → 404; another branch → 204")
    void deleteBranchRules() throws ApiException {
        ApiException forbidden = failsWith(403, () -> this.branches.deleteBranch(this.repo, "main").execute());
        assertThat(messageOf(forbidden)).contains("default branch");
        failsWith(404, () -> this.branches.deleteBranch(this.repo, "nope").execute());
        createBranch("feature", "main");
        assertThat(this.branches.deleteBranch(this.repo, "feature").executeWithHttpInfo().getStatusCode())
                .isEqualTo(204);
        failsWith(404, () -> this.branches.getBranch(this.repo, "feature").execute());
    }

    @Test
    @DisplayName("§5.8 writes through /branches/{x} to a tag or a commit id → 404 branch not found")
    void writesToTagOrCommitAreNotFound() throws ApiException {
        String commitId = headOf("main");
        this.tags.createTag(this.repo, new TagCreation().id("v1").ref("main")).execute();
        for (String readOnlyRef : new String[] { "v1", commitId }) {
            HttpResponse<byte[]> upload = this.http.send("POST", objectPath(readOnlyRef, "x"),
                    "x".getBytes(StandardCharsets.UTF_8));
            assertThat(upload.statusCode()).as(bodyOf(upload)).isEqualTo(404);
            assertThat(messageOf(upload)).contains("not found");
            ApiException commit = failsWith(404, () -> this.commits.commit(this.repo, readOnlyRef,
                    new CommitCreation().message("m").allowEmpty(true)).execute());
            assertThat(messageOf(commit)).contains("not found");
            failsWith(404, () -> this.objects.deleteObject(this.repo, readOnlyRef, "x").execute());
        }
    }

    @Test
    @DisplayName("§5.8 a ref with modifiers where a branch is needed (main~1) → 400")
    void branchWithModifierIsBadRequest() throws ApiException {
        upload("main", "a", "a");
        commit("main", "c1");
        HttpResponse<byte[]> upload = this.http.send("POST", objectPath("main~1", "x"),
                "x".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(bodyOf(upload)).isEqualTo(400);
    }

    @Test
    @DisplayName("§4 getCommit accepts any ref: a branch name resolves to its head commit")
    void getCommitByBranchName() throws ApiException {
        upload("main", "a", "a");
        Commit committed = commit("main", "c1");
        assertThat(this.commits.getCommit(this.repo, "main").execute()).isEqualTo(committed);
    }

}
