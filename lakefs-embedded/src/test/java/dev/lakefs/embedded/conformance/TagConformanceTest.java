package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.Ref;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §4 Tags, §5.2 tag names and the shared branch/tag/commit namespace. */
class TagConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4 createTag → 201 Ref with the resolved commit id; get, list and delete (204)")
    void tagLifecycle() throws ApiException {
        upload("main", "a", "a");
        Commit commit = commit("main", "c1");
        ApiResponse<Ref> created = this.tags.createTag(this.repo, new TagCreation().id("v1.0").ref("main"))
                .executeWithHttpInfo();
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getData().getId()).isEqualTo("v1.0");
        assertThat(created.getData().getCommitId()).isEqualTo(commit.getId());
        assertThat(this.tags.getTag(this.repo, "v1.0").execute().getCommitId()).isEqualTo(commit.getId());
        assertThat(this.tags.listTags(this.repo).execute().getResults()).extracting(Ref::getId).containsExactly("v1.0");
        assertThat(read("v1.0", "a")).isEqualTo("a");
        assertThat(this.tags.deleteTag(this.repo, "v1.0").executeWithHttpInfo().getStatusCode()).isEqualTo(204);
        failsWith(404, () -> this.tags.getTag(this.repo, "v1.0").execute());
        failsWith(404, () -> this.tags.deleteTag(this.repo, "v1.0").execute());
    }

    @Test
    @DisplayName("§4 a tag keeps pointing at its commit when the branch moves on")
    void tagIsImmutable() throws ApiException {
        upload("main", "a", "v1");
        commit("main", "c1");
        this.tags.createTag(this.repo, new TagCreation().id("release").ref("main")).execute();
        upload("main", "a", "v2");
        commit("main", "c2");
        assertThat(read("release", "a")).isEqualTo("v1");
        assertThat(read("main", "a")).isEqualTo("v2");
    }

    @Test
    @DisplayName("§4 an existing tag id → 409, and force does NOT overwrite it")
    void duplicateTagIsConflictEvenWithForce() throws ApiException {
        String first = headOf("main");
        this.tags.createTag(this.repo, new TagCreation().id("v1").ref("main")).execute();
        upload("main", "a", "a");
        commit("main", "c1");
        failsWith(409, () -> this.tags.createTag(this.repo, new TagCreation().id("v1").ref("main")).execute());
        failsWith(409, () -> this.tags.createTag(this.repo, new TagCreation().id("v1").ref("main").force(true))
                .execute());
        assertThat(this.tags.getTag(this.repo, "v1").execute().getCommitId()).isEqualTo(first);
    }

    @Test
    @DisplayName("§5.2 a tag named like a branch or a commit id → 409")
    void tagClashingWithBranchOrCommitIsConflict() throws ApiException {
        createBranch("feature", "main");
        failsWith(409, () -> this.tags.createTag(this.repo, new TagCreation().id("feature").ref("main")).execute());
        String commitId = headOf("main");
        failsWith(409, () -> this.tags.createTag(this.repo, new TagCreation().id(commitId).ref("main")).execute());
    }

    @Test
    @DisplayName("§4 createTag from an unknown ref → 404; from main$ (staging, not a commit) → 400")
    void tagFromUnknownOrStagingRef() {
        failsWith(404, () -> this.tags.createTag(this.repo, new TagCreation().id("t1").ref("no-such-ref")).execute());
        failsWith(400, () -> this.tags.createTag(this.repo, new TagCreation().id("t2").ref("main$")).execute());
    }

    @ParameterizedTest(name = "§5.2 tag id ''{0}'' is not a valid git-like name → 400")
    @ValueSource(strings = { "a/b", "a..b", "a@{b", "a^b", "a:b", "a?b", "a*b", "a[b", "a\\b", "a b", "trailing.",
            "name.lock", "@" })
    void invalidTagIdIsBadRequest(String id) {
        failsWith(400, () -> this.tags.createTag(this.repo, new TagCreation().id(id).ref("main")).execute());
    }

    @Test
    @DisplayName("§5.2 '~' is allowed in a tag id")
    void tildeIsAllowedInTagId() throws ApiException {
        assertThat(this.tags.createTag(this.repo, new TagCreation().id("v1~rc").ref("main")).execute().getId())
                .isEqualTo("v1~rc");
    }

}
