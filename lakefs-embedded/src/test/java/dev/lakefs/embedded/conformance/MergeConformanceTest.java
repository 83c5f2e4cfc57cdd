package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.FindMergeBaseResult;
import io.lakefs.clients.sdk.model.Merge;
import io.lakefs.clients.sdk.model.MergeResult;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4 Diff and merge (the merge half), §5.6 merge, §6.2 merge_test, §6.6 identity_test. */
class MergeConformanceTest extends ConformanceTestSupport {

    private static final String STRATEGY_KEY = ".lakefs.merge.strategy";

    @Test
    @DisplayName("§5.6 a merge always creates a new commit with parents [dest_head, source_head], no fast-forward")
    void mergeAlwaysCreatesTwoParentCommit() throws ApiException {
        String mainHead = headOf("main");
        createBranch("feature", "main");
        upload("feature", "f", "f");
        Commit featureHead = commit("feature", "feature work");
        ApiResponse<MergeResult> response = this.refs.mergeIntoBranch(this.repo, "feature", "main")
                .executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(200);
        String reference = response.getData().getReference();
        assertThat(reference).matches(COMMIT_ID_PATTERN).isNotEqualTo(featureHead.getId());
        Commit merge = this.commits.getCommit(this.repo, reference).execute();
        assertThat(merge.getParents()).containsExactly(mainHead, featureHead.getId());
        // §5.6: default message, strategy metadata "default", generation = max(parents) + 1
        assertThat(merge.getMessage()).isEqualTo("Merge 'feature' into 'main'");
        assertThat(merge.getMetadata()).containsEntry(STRATEGY_KEY, "default");
        assertThat(merge.getGeneration()).isEqualTo(featureHead.getGeneration() + 1);
        // §5.6 "If only the source changed, the merged tree equals the source's."
        assertThat(merge.getMetaRangeId()).isEqualTo(featureHead.getMetaRangeId());
        assertThat(headOf("main")).isEqualTo(reference);
        assertThat(read("main", "f")).isEqualTo("f");
    }

    @Test
    @DisplayName("§5.6 squash_merge creates a commit with the single parent [dest_head]")
    void squashMergeHasOneParent() throws ApiException {
        String mainHead = headOf("main");
        createBranch("feature", "main");
        upload("feature", "f1", "1");
        commit("feature", "one");
        upload("feature", "f2", "2");
        commit("feature", "two");
        String reference = this.refs.mergeIntoBranch(this.repo, "feature", "main")
                .merge(new Merge().squashMerge(true)).execute().getReference();
        Commit merge = this.commits.getCommit(this.repo, reference).execute();
        assertThat(merge.getParents()).containsExactly(mainHead);
        assertThat(pathsOf("main", "")).containsExactly("f1", "f2");
    }

    @Test
    @DisplayName("§4 Merge body: a custom message and metadata are kept, plus .lakefs.merge.strategy")
    void mergeMessageAndMetadata() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "f");
        commit("feature", "work");
        String reference = this.refs.mergeIntoBranch(this.repo, "feature", "main")
                .merge(new Merge().message("ship it").metadata(Map.of("ticket", "LAKE-1"))).execute().getReference();
        Commit merge = this.commits.getCommit(this.repo, reference).execute();
        assertThat(merge.getMessage()).isEqualTo("ship it");
        assertThat(merge.getMetadata()).containsEntry("ticket", "LAKE-1").containsEntry(STRATEGY_KEY, "default");
    }

    @Test
    @DisplayName("§4/§5.6 a conflict without strategy → 409 with body {\"reference\":\"\"}")
    void conflictIsConflictWithEmptyReference() throws Exception {
        divergeOnSamePath();
        String mainBefore = headOf("main");
        ApiException ex = failsWith(409, () -> this.refs.mergeIntoBranch(this.repo, "feature", "main").execute());
        // The body is a MergeResult with an empty reference, not an Error (swagger L4407-4413)
        MergeResult body = MergeResult.fromJson(ex.getResponseBody());
        assertThat(body.getReference()).isEmpty();
        assertThat(headOf("main")).isEqualTo(mainBefore);
    }

    @Test
    @DisplayName("§5.6/§6.2 strategy source-wins resolves a conflict with the source's version")
    void sourceWins() throws ApiException {
        divergeOnSamePath();
        String reference = this.refs.mergeIntoBranch(this.repo, "feature", "main")
                .merge(new Merge().strategy("source-wins")).execute().getReference();
        assertThat(read("main", "same")).isEqualTo("feature");
        assertThat(this.commits.getCommit(this.repo, reference).execute().getMetadata())
                .containsEntry(STRATEGY_KEY, "source-wins");
    }

    @Test
    @DisplayName("§5.6/§6.2 strategy dest-wins resolves a conflict with the destination's version")
    void destWins() throws ApiException {
        divergeOnSamePath();
        upload("feature", "only-feature", "x");
        commit("feature", "more");
        String reference = this.refs.mergeIntoBranch(this.repo, "feature", "main")
                .merge(new Merge().strategy("dest-wins")).execute().getReference();
        assertThat(read("main", "same")).isEqualTo("main");
        assertThat(read("main", "only-feature")).isEqualTo("x");
        assertThat(this.commits.getCommit(this.repo, reference).execute().getMetadata())
                .containsEntry(STRATEGY_KEY, "dest-wins");
    }

    @Test
    @DisplayName("§4 an unknown strategy → 400")
    void unknownStrategyIsBadRequest() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "f");
        commit("feature", "work");
        failsWith(400, () -> this.refs.mergeIntoBranch(this.repo, "feature", "main")
                .merge(new Merge().strategy("theirs")).execute());
    }

    @Test
    @DisplayName("§5.6 merging a fresh branch with no changes → 400 'no changes'; allow_empty or force → 200")
    void mergeWithoutChanges() throws ApiException {
        createBranch("fresh1", "main");
        createBranch("fresh2", "main");
        ApiException ex = failsWith(400, () -> this.refs.mergeIntoBranch(this.repo, "fresh1", "fresh2").execute());
        assertThat(messageOf(ex)).contains("no changes");
        String reference = this.refs.mergeIntoBranch(this.repo, "fresh1", "fresh2")
                .merge(new Merge().allowEmpty(true)).execute().getReference();
        assertThat(this.commits.getCommit(this.repo, reference).execute().getParents()).hasSize(2);
        createBranch("fresh3", "main");
        assertThat(this.refs.mergeIntoBranch(this.repo, "fresh1", "fresh3").merge(new Merge().force(true)).execute()
                .getReference()).matches(COMMIT_ID_PATTERN);
    }

    @Test
    @DisplayName("§4/§2 merging into a destination with uncommitted changes → 400 dirty branch")
    void dirtyDestinationIsBadRequest() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "f");
        commit("feature", "work");
        upload("main", "staged", "s");
        ApiException ex = failsWith(400, () -> this.refs.mergeIntoBranch(this.repo, "feature", "main").execute());
        assertThat(messageOf(ex)).contains("uncommitted changes (dirty branch)");
    }

    @Test
    @DisplayName("§4 merging into a destination with a modifier (main$, main@) → 400")
    void destinationWithModifierIsBadRequest() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "f");
        commit("feature", "work");
        for (String destination : new String[] { "main$", "main@" }) {
            var response = this.http.send("POST", "/repositories/" + this.repo + "/refs/feature/merge/"
                    + RawHttp.encode(destination), "{}".getBytes(StandardCharsets.UTF_8),
                    "Content-Type", "application/json");
            assertThat(response.statusCode()).as(destination + ": " + bodyOf(response)).isEqualTo(400);
        }
    }

    @Test
    @DisplayName("§5.8 merging into a tag (not a branch) → 404")
    void mergeIntoTagIsNotFound() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "f");
        commit("feature", "work");
        this.tags.createTag(this.repo, new TagCreation().id("v1").ref("main")).execute();
        failsWith(404, () -> this.refs.mergeIntoBranch(this.repo, "feature", "v1").execute());
    }

    @Test
    @DisplayName("§4 merging from an unknown source → 404")
    void unknownSourceIsNotFound() {
        failsWith(404, () -> this.refs.mergeIntoBranch(this.repo, "no-such-branch", "main").execute());
    }

    @Test
    @DisplayName("§6.6 identical content on two branches: empty diff, same checksum, yet the merge succeeds")
    void identicalContentStillMerges() throws ApiException {
        createBranch("left", "main");
        createBranch("right", "main");
        String leftChecksum = upload("left", "same", "identical").getChecksum();
        String rightChecksum = upload("right", "same", "identical").getChecksum();
        assertThat(leftChecksum).isEqualTo(rightChecksum);
        commit("left", "left");
        commit("right", "right");
        assertThat(this.refs.diffRefs(this.repo, "left", "right").execute().getResults()).isEmpty();
        assertThat(this.refs.mergeIntoBranch(this.repo, "right", "left").execute().getReference())
                .matches(COMMIT_ID_PATTERN);
    }

    @Test
    @DisplayName("§4 findMergeBase → 200 with the branch point (source/destination ids swapped, as lakeFS does)")
    void findMergeBase() throws ApiException {
        upload("main", "base", "b");
        String base = commit("main", "base").getId();
        createBranch("feature", "main");
        upload("feature", "f", "f");
        String featureHead = commit("feature", "feature").getId();
        upload("main", "m", "m");
        String mainHead = commit("main", "main").getId();
        FindMergeBaseResult result = this.refs.findMergeBase(this.repo, "feature", "main").execute();
        assertThat(result.getBaseCommitId()).isEqualTo(base);
        // §4 Quirk: source_commit_id carries the destination's commit and destination_commit_id the source's
        assertThat(result.getSourceCommitId()).isEqualTo(mainHead);
        assertThat(result.getDestinationCommitId()).isEqualTo(featureHead);
    }

    /** main and feature both change {@code same} after the branch point. */
    private void divergeOnSamePath() throws ApiException {
        upload("main", "same", "base");
        commit("main", "base");
        createBranch("feature", "main");
        upload("feature", "same", "feature");
        commit("feature", "feature side");
        upload("main", "same", "main");
        commit("main", "main side");
    }

}
