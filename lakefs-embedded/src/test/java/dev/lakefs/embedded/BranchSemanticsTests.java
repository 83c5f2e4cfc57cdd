package dev.lakefs.embedded;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Branches, SEMANTICS.md §4 "Branches", §5.2 and §5.7. */
class BranchSemanticsTests extends EmbeddedServerTestSupport {

    @Test
    @DisplayName("§4 createBranch answers 201 with the raw source commit id as a non-JSON body")
    void createBranchAnswersRawCommitId() {
        String head = this.http.get(repo("/branches/main")).json().path("commit_id").asString();
        LakeFSHttp.Response created = this.http.createBranch(this.repository, "feature", "main");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text()).isEqualTo(head);
        assertThat(created.header("Content-Type")).doesNotContain("json");
    }

    @Test
    @DisplayName("§5.2 branch names must match ^\\w[-\\w]*$ (400)")
    void invalidBranchNameIsBadRequest() {
        for (String name : List.of("-dash", "has space", "slash/name", "main~1")) {
            assertThat(this.http.createBranch(this.repository, name, "main").status()).as(name).isEqualTo(400);
        }
    }

    @Test
    @DisplayName("§5.2 branches, tags and commit ids share one namespace (409)")
    void nameClashIsConflict() {
        this.http.post(repo("/tags"), "{\"id\":\"v1\",\"ref\":\"main\"}");
        String head = this.http.get(repo("/branches/main")).json().path("commit_id").asString();
        assertThat(this.http.createBranch(this.repository, "main", "main").status()).isEqualTo(409);
        assertThat(this.http.createBranch(this.repository, "v1", "main").status()).isEqualTo(409);
        assertThat(this.http.createBranch(this.repository, head, "main").status()).isEqualTo(409);
    }

    @Test
    @DisplayName("§4 createBranch from an unknown source is 404; from any ref expression it works")
    void createFromRefs() {
        assertThat(this.http.createBranch(this.repository, "orphan", "nowhere").status()).isEqualTo(404);
        this.http.upload(this.repository, "main", "a", "1");
        String first = this.http.commit(this.repository, "main", "one").json().path("id").asString();
        this.http.upload(this.repository, "main", "a", "2");
        this.http.commit(this.repository, "main", "two");
        assertThat(this.http.createBranch(this.repository, "from-ancestor", "main~1").text()).isEqualTo(first);
        assertThat(this.http.createBranch(this.repository, "from-prefix", first.substring(0, 10)).text())
            .isEqualTo(first);
    }

    @Test
    @DisplayName("§4 hidden branches are listed only with show_hidden=true")
    void hiddenBranches() {
        this.http.post(repo("/branches"), "{\"name\":\"secret\",\"source\":\"main\",\"hidden\":true}");
        assertThat(branchNames("")).containsExactly("main");
        assertThat(branchNames("?show_hidden=true")).containsExactly("main", "secret");
        assertThat(this.http.get(repo("/branches/secret")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("§5.7 deleting the default branch is 403, a missing branch 404, any other 204")
    void deleteBranch() {
        LakeFSHttp.Response deleteDefault = this.http.delete(repo("/branches/main"));
        assertThat(deleteDefault.status()).isEqualTo(403);
        assertThat(deleteDefault.message()).contains("default branch");
        assertThat(this.http.delete(repo("/branches/missing")).status()).isEqualTo(404);
        this.http.createBranch(this.repository, "short-lived", "main");
        assertThat(this.http.delete(repo("/branches/short-lived")).status()).isEqualTo(204);
        assertThat(this.http.get(repo("/branches/short-lived")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§4/§6.5 reset of type object, common_prefix and reset discards uncommitted changes")
    void resetTypes() {
        this.http.upload(this.repository, "main", "keep", "committed");
        this.http.commit(this.repository, "main", "base");
        this.http.upload(this.repository, "main", "keep", "changed");
        this.http.upload(this.repository, "main", "dir/a", "a");
        this.http.upload(this.repository, "main", "dir/b", "b");
        this.http.upload(this.repository, "main", "other", "o");
        assertThat(this.http.put(repo("/branches/main"), "{\"type\":\"object\",\"path\":\"keep\"}").status())
            .isEqualTo(204);
        assertThat(this.http.read(this.repository, "main", "keep")).isEqualTo("committed");
        assertThat(this.http.put(repo("/branches/main"), "{\"type\":\"common_prefix\",\"path\":\"dir/\"}").status())
            .isEqualTo(204);
        assertThat(diffPaths()).containsExactly("other");
        assertThat(this.http.put(repo("/branches/main"), "{\"type\":\"reset\"}").status()).isEqualTo(204);
        assertThat(diffPaths()).isEmpty();
        assertThat(this.http.put(repo("/branches/main"), "{\"type\":\"everything\"}").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§6.5 hard reset to main~ makes getCommit(main) equal the earlier commit exactly")
    void hardReset() {
        this.http.upload(this.repository, "main", "a", "1");
        this.http.commit(this.repository, "main", "one");
        JsonNode earlier = this.http.get(repo("/commits/main")).json();
        this.http.upload(this.repository, "main", "a", "2");
        this.http.commit(this.repository, "main", "two");
        assertThat(this.http.call("PUT", repo("/branches/main/hard_reset?ref=main~")).send().status())
            .isEqualTo(204);
        assertThat(this.http.get(repo("/commits/main")).json()).isEqualTo(earlier);
        assertThat(this.http.call("PUT", repo("/branches/main/hard_reset")).send().status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§4/§6.5 revert answers 204 and removes the reverted commit's object; default message 'Revert <ref>'")
    void revert() {
        this.http.upload(this.repository, "main", "a", "1");
        String added = this.http.commit(this.repository, "main", "add a").json().path("id").asString();
        LakeFSHttp.Response reverted = this.http.post(repo("/branches/main/revert"),
                "{\"ref\":\"" + added + "\",\"parent_number\":0}");
        assertThat(reverted.status()).isEqualTo(204);
        assertThat(reverted.body()).isEmpty();
        assertThat(this.http.get(objectPath("main", "a")).status()).isEqualTo(404);
        assertThat(this.http.get(repo("/commits/main")).json().path("message").asString())
            .isEqualTo("Revert " + added);
    }

    @Test
    @DisplayName("§4 reverting a merge commit without parent_number is 409; a dirty branch is 400")
    void revertRules() {
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "feature", "f", "f");
        this.http.commit(this.repository, "feature", "f");
        String merge = this.http.post(repo("/refs/feature/merge/main"), "{}").json().path("reference").asString();
        LakeFSHttp.Response noParent = this.http.post(repo("/branches/main/revert"),
                "{\"ref\":\"" + merge + "\",\"parent_number\":0}");
        assertThat(noParent.status()).isEqualTo(409);
        assertThat(noParent.message()).isEqualTo("must specify 1-based parent number for reverting merge commit");
        this.http.upload(this.repository, "main", "dirt", "d");
        assertThat(this.http.post(repo("/branches/main/revert"), "{\"ref\":\"" + merge + "\",\"parent_number\":1}")
            .status()).isEqualTo(400);
        this.http.put(repo("/branches/main"), "{\"type\":\"reset\"}");
        assertThat(this.http.post(repo("/branches/main/revert"), "{\"ref\":\"" + merge + "\",\"parent_number\":1}")
            .status()).isEqualTo(204);
        assertThat(this.http.get(objectPath("main", "f")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§4 cherry-pick answers 201 Commit on the branch with the picked change and its message")
    void cherryPick() {
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "feature", "f", "picked");
        String picked = this.http.commit(this.repository, "feature", "add f").json().path("id").asString();
        this.http.upload(this.repository, "main", "m", "main moved on");
        String mainHead = this.http.commit(this.repository, "main", "main work").json().path("id").asString();
        LakeFSHttp.Response response = this.http.post(repo("/branches/main/cherry-pick"),
                "{\"ref\":\"" + picked + "\"}");
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("message").asString()).isEqualTo("add f");
        assertThat(response.json().path("id").asString()).isNotEqualTo(picked);
        assertThat(response.json().path("parents").get(0).asString()).isEqualTo(mainHead);
        assertThat(this.http.read(this.repository, "main", "f")).isEqualTo("picked");
    }

    private List<String> branchNames(String query) {
        List<String> names = new ArrayList<>();
        this.http.get(repo("/branches" + query)).json().path("results")
            .forEach(ref -> names.add(ref.path("id").asString()));
        return names;
    }

    private List<String> diffPaths() {
        List<String> paths = new ArrayList<>();
        this.http.get(repo("/branches/main/diff")).json().path("results")
            .forEach(diff -> paths.add(diff.path("path").asString()));
        return paths;
    }
}
