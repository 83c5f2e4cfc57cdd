package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.CherryPickCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.ResetCreation;
import io.lakefs.clients.sdk.model.RevertCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4 Branches: resetBranch, hard_reset, revert and cherry-pick; §6.5 rollback_test. */
class ResetRevertCherryPickConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4 resetBranch type=object discards the uncommitted change of one object → 204")
    void resetObject() throws ApiException {
        upload("main", "keep", "committed");
        upload("main", "dir/x", "committed");
        commit("main", "base");
        upload("main", "keep", "changed");
        upload("main", "other", "new");
        ApiResponse<Void> response = this.branches.resetBranch(this.repo, "main",
                new ResetCreation().type(ResetCreation.TypeEnum.OBJECT).path("keep")).executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(204);
        assertThat(read("main", "keep")).isEqualTo("committed");
        assertThat(uncommittedPaths()).containsExactly("other");
    }

    @Test
    @DisplayName("§4 resetBranch type=common_prefix discards the uncommitted changes under a prefix → 204")
    void resetCommonPrefix() throws ApiException {
        upload("main", "dir/x", "committed");
        commit("main", "base");
        upload("main", "dir/x", "changed");
        upload("main", "dir/y", "new");
        upload("main", "outside", "new");
        this.branches.resetBranch(this.repo, "main",
                new ResetCreation().type(ResetCreation.TypeEnum.COMMON_PREFIX).path("dir/")).execute();
        assertThat(read("main", "dir/x")).isEqualTo("committed");
        assertThat(uncommittedPaths()).containsExactly("outside");
    }

    @Test
    @DisplayName("§4 resetBranch type=reset discards every uncommitted change → 204")
    void resetEverything() throws ApiException {
        upload("main", "a", "committed");
        commit("main", "base");
        upload("main", "a", "changed");
        upload("main", "b", "new");
        this.objects.deleteObject(this.repo, "main", "a").execute();
        this.branches.resetBranch(this.repo, "main", new ResetCreation().type(ResetCreation.TypeEnum.RESET)).execute();
        assertThat(uncommittedPaths()).isEmpty();
        assertThat(read("main", "a")).isEqualTo("committed");
    }

    @Test
    @DisplayName("§4 resetBranch with an unknown type → 400")
    void resetUnknownTypeIsBadRequest() {
        HttpResponse<byte[]> response = this.http.send("PUT", "/repositories/" + this.repo + "/branches/main",
                "{\"type\":\"everything\"}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(messageOf(response)).isNotBlank();
    }

    @Test
    @DisplayName("§6.5 hard_reset to main~1 → 204 and getCommit(main) equals the earlier commit exactly")
    void hardResetMovesBranch() throws ApiException {
        upload("main", "a", "1");
        Commit first = commit("main", "first");
        upload("main", "b", "2");
        commit("main", "second");
        ApiResponse<Void> response = this.experimental.hardResetBranch(this.repo, "main", "main~1")
                .executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(204);
        assertThat(this.commits.getCommit(this.repo, "main").execute()).isEqualTo(first);
        failsWith(404, () -> this.objects.statObject(this.repo, "main", "b").execute());
    }

    @Test
    @DisplayName("§4/§2 hard_reset of a dirty branch → 400")
    void hardResetOfDirtyBranchIsBadRequest() throws ApiException {
        upload("main", "a", "1");
        commit("main", "first");
        upload("main", "b", "staged");
        failsWith(400, () -> this.experimental.hardResetBranch(this.repo, "main", "main~1").execute());
    }

    @Test
    @DisplayName("§4 revert → 204 with no body; the reverted commit's change is gone; message 'Revert <ref>'")
    void revertCommit() throws ApiException {
        upload("main", "a", "1");
        Commit addA = commit("main", "add a");
        upload("main", "b", "2");
        Commit addB = commit("main", "add b");
        ApiResponse<Void> response = this.branches.revertBranch(this.repo, "main",
                new RevertCreation().ref(addA.getId()).parentNumber(0)).executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(204);
        Commit revert = this.commits.getCommit(this.repo, "main").execute();
        assertThat(revert.getParents()).containsExactly(addB.getId());
        assertThat(revert.getMessage()).isEqualTo("Revert " + addA.getId());
        assertThat(pathsOf("main", "")).containsExactly("b");
    }

    @Test
    @DisplayName("§4 revert of a merge commit with parent_number 0 → 409; with parent_number 1 → 204")
    void revertMergeCommitNeedsParentNumber() throws ApiException {
        String merge = mergeFeatureIntoMain();
        ApiException ex = failsWith(409, () -> this.branches.revertBranch(this.repo, "main",
                new RevertCreation().ref(merge).parentNumber(0)).execute());
        assertThat(messageOf(ex)).isNotBlank();
        this.branches.revertBranch(this.repo, "main", new RevertCreation().ref(merge).parentNumber(1)).execute();
        assertThat(pathsOf("main", "")).isEmpty();
    }

    @Test
    @DisplayName("§2 revert of a merge commit with a parent_number out of range → 400")
    void revertParentOutOfRangeIsBadRequest() throws ApiException {
        String merge = mergeFeatureIntoMain();
        failsWith(400, () -> this.branches.revertBranch(this.repo, "main",
                new RevertCreation().ref(merge).parentNumber(3)).execute());
    }

    @Test
    @DisplayName("§4 revert that changes nothing → 400 'no changes'; with allow_empty → 204")
    void revertWithoutChanges() throws ApiException {
        String empty = this.commits.commit(this.repo, "main",
                new CommitCreation().message("empty").allowEmpty(true)).execute().getId();
        ApiException ex = failsWith(400, () -> this.branches.revertBranch(this.repo, "main",
                new RevertCreation().ref(empty).parentNumber(0)).execute());
        assertThat(messageOf(ex)).contains("no changes");
        assertThat(this.branches.revertBranch(this.repo, "main",
                new RevertCreation().ref(empty).parentNumber(0).allowEmpty(true)).executeWithHttpInfo().getStatusCode())
                .isEqualTo(204);
    }

    @Test
    @DisplayName("§4 revert on a dirty branch → 400")
    void revertOnDirtyBranchIsBadRequest() throws ApiException {
        upload("main", "a", "1");
        Commit addA = commit("main", "add a");
        upload("main", "b", "staged");
        failsWith(400, () -> this.branches.revertBranch(this.repo, "main",
                new RevertCreation().ref(addA.getId()).parentNumber(0)).execute());
    }

    @Test
    @DisplayName("§4 revert that conflicts with a later change → 409")
    void revertConflictIsConflict() throws ApiException {
        upload("main", "a", "1");
        Commit addA = commit("main", "add a");
        upload("main", "a", "2");
        commit("main", "change a");
        failsWith(409, () -> this.branches.revertBranch(this.repo, "main",
                new RevertCreation().ref(addA.getId()).parentNumber(0)).execute());
    }

    @Test
    @DisplayName("§4 cherry-pick → 201 Commit on the branch with the picked change")
    void cherryPick() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "f");
        Commit picked = commit("feature", "add f");
        // main moves on, so the picked commit lands on a different parent (and gets a different id, §5.4)
        upload("main", "m", "m");
        String mainHead = commit("main", "main work").getId();
        ApiResponse<Commit> response = this.branches.cherryPick(this.repo, "main",
                new CherryPickCreation().ref(picked.getId())).executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(201);
        Commit commit = response.getData();
        assertThat(commit.getId()).matches(COMMIT_ID_PATTERN).isNotEqualTo(picked.getId());
        assertThat(commit.getParents()).containsExactly(mainHead);
        assertThat(headOf("main")).isEqualTo(commit.getId());
        assertThat(commit.getMessage()).isEqualTo(picked.getMessage());
        assertThat(pathsOf("main", "")).containsExactly("f", "m");
        assertThat(read("main", "f")).isEqualTo("f");
    }

    @Test
    @DisplayName("§2 cherry-pick of a merge commit without parent_number → 400; with parent_number 1 → 201")
    void cherryPickMergeCommitNeedsParent() throws ApiException {
        String merge = mergeFeatureIntoMain();
        createBranch("target", "main~1");
        failsWith(400, () -> this.branches.cherryPick(this.repo, "target", new CherryPickCreation().ref(merge))
                .execute());
        this.branches.cherryPick(this.repo, "target", new CherryPickCreation().ref(merge).parentNumber(1)).execute();
        assertThat(read("target", "f")).isEqualTo("f");
    }

    @Test
    @DisplayName("§4 cherry-pick that conflicts → 409")
    void cherryPickConflictIsConflict() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "same", "feature");
        Commit picked = commit("feature", "feature side");
        upload("main", "same", "main");
        commit("main", "main side");
        failsWith(409, () -> this.branches.cherryPick(this.repo, "main", new CherryPickCreation().ref(picked.getId()))
                .execute());
    }

    /** Merges a branch that added {@code f} into main; returns the merge commit id. */
    private String mergeFeatureIntoMain() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "f");
        commit("feature", "add f");
        return this.refs.mergeIntoBranch(this.repo, "feature", "main").execute().getReference();
    }

    private List<String> uncommittedPaths() throws ApiException {
        return this.branches.diffBranch(this.repo, "main").execute().getResults().stream().map(Diff::getPath).toList();
    }

}
