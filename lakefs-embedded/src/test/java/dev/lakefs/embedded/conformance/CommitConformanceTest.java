package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.CommitList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4 Commits, §5.4 commit and identity, §5.5 "no changes". */
class CommitConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4 commit → 201 Commit: 64-hex id, parent = previous head, message, metadata, seconds")
    void commitAnswersCommit() throws ApiException {
        String before = headOf("main");
        upload("main", "a", "a");
        ApiResponse<Commit> response = this.commits.commit(this.repo, "main",
                new CommitCreation().message("add a").metadata(Map.of("k", "v", "other", "x"))).executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(201);
        Commit commit = response.getData();
        assertThat(commit.getId()).matches(COMMIT_ID_PATTERN);
        assertThat(commit.getParents()).containsExactly(before);
        assertThat(commit.getMessage()).isEqualTo("add a");
        assertThat(commit.getMetadata()).isEqualTo(Map.of("k", "v", "other", "x"));
        assertThat(commit.getCreationDate()).isBetween(nowSeconds() - 60, nowSeconds() + 60);
        assertThat(commit.getCommitter()).isNotNull();
        assertThat(commit.getMetaRangeId()).isNotEmpty();
        assertThat(commit.getGeneration()).isEqualTo(2L);
        assertThat(headOf("main")).isEqualTo(commit.getId());
        assertThat(this.commits.getCommit(this.repo, commit.getId()).execute()).isEqualTo(commit);
    }

    @Test
    @DisplayName("§5.5 a commit with no changes → 400 'no changes'")
    void commitWithoutChangesIsBadRequest() {
        ApiException ex = failsWith(400, () -> commit("main", "nothing"));
        assertThat(messageOf(ex)).contains("no changes");
    }

    @Test
    @DisplayName("§5.5 allow_empty=true commits with no changes → 201")
    void allowEmptyCommit() throws ApiException {
        String before = headOf("main");
        Commit empty = this.commits.commit(this.repo, "main", new CommitCreation().message("empty").allowEmpty(true))
                .execute();
        assertThat(empty.getParents()).containsExactly(before);
        assertThat(headOf("main")).isEqualTo(empty.getId());
    }

    @Test
    @DisplayName("§4 CommitCreation.date overrides creation_date (epoch seconds)")
    void dateOverridesCreationDate() throws ApiException {
        upload("main", "a", "a");
        Commit commit = this.commits.commit(this.repo, "main",
                new CommitCreation().message("dated").date(1_600_000_000L)).execute();
        assertThat(commit.getCreationDate()).isEqualTo(1_600_000_000L);
    }

    @Test
    @DisplayName("§5.4 commit ids are content addresses: same tree, message, date and parent → same id on two branches")
    void commitIdIsContentAddress() throws ApiException {
        // §5.4: the id hashes (committer, message, metarange, creation seconds, metadata, parents) and nothing else
        upload("main", "a", "a");
        Commit base = commit("main", "base");
        createBranch("left", "main");
        createBranch("right", "main");
        Commit left = this.commits.commit(this.repo, "left",
                new CommitCreation().message("same").date(1_700_000_000L).allowEmpty(true)).execute();
        Commit right = this.commits.commit(this.repo, "right",
                new CommitCreation().message("same").date(1_700_000_000L).allowEmpty(true)).execute();
        assertThat(left.getParents()).containsExactly(base.getId());
        assertThat(right.getId()).isEqualTo(left.getId());
        Commit different = this.commits.commit(this.repo, "right",
                new CommitCreation().message("other").date(1_700_000_000L).allowEmpty(true)).execute();
        assertThat(different.getId()).isNotEqualTo(left.getId());
    }

    @Test
    @DisplayName("§5.4 re-uploading identical content (size, checksum, metadata, type) is no change → 400 on commit")
    void identicalReuploadIsNoChange() throws ApiException {
        byte[] content = "same bytes".getBytes(StandardCharsets.UTF_8);
        uploadRaw("main", "a", content, "Content-Type", "text/plain", "X-Lakefs-Meta-Owner", "alice");
        commit("main", "first");
        uploadRaw("main", "a", content, "Content-Type", "text/plain", "X-Lakefs-Meta-Owner", "alice");
        ApiException ex = failsWith(400, () -> commit("main", "again"));
        assertThat(messageOf(ex)).contains("no changes");
    }

    @Test
    @DisplayName("§5.4 identity includes user metadata and content type: changing either is a change")
    void metadataOrContentTypeChangeIsAChange() throws ApiException {
        byte[] content = "same bytes".getBytes(StandardCharsets.UTF_8);
        uploadRaw("main", "a", content, "Content-Type", "text/plain", "X-Lakefs-Meta-Owner", "alice");
        commit("main", "first");
        uploadRaw("main", "a", content, "Content-Type", "text/plain", "X-Lakefs-Meta-Owner", "bob");
        assertThat(commit("main", "new owner").getMessage()).isEqualTo("new owner");
        uploadRaw("main", "a", content, "Content-Type", "application/json", "X-Lakefs-Meta-Owner", "bob");
        assertThat(commit("main", "new type").getMessage()).isEqualTo("new type");
    }

    @Test
    @DisplayName("§4 commit on a missing branch → 404")
    void commitOnMissingBranchIsNotFound() {
        ApiException ex = failsWith(404, () -> this.commits.commit(this.repo, "no-such-branch",
                new CommitCreation().message("m").allowEmpty(true)).execute());
        assertThat(messageOf(ex)).contains("not found");
    }

    @Test
    @DisplayName("§4 getCommit of an unknown commit → 404")
    void getUnknownCommitIsNotFound() {
        ApiException ex = failsWith(404, () -> this.commits.getCommit(this.repo, "0".repeat(64)).execute());
        assertThat(messageOf(ex)).contains("not found");
    }

    @Test
    @DisplayName("§3/§4 log: newest first, includes 'Repository created'; amount and after page through it")
    void logOrderAndPaging() throws ApiException {
        String initial = headOf("main");
        Commit c1 = commitFile("a", "c1");
        Commit c2 = commitFile("b", "c2");
        Commit c3 = commitFile("c", "c3");
        CommitList all = this.refs.logCommits(this.repo, "main").execute();
        assertThat(all.getResults()).extracting(Commit::getId)
                .containsExactly(c3.getId(), c2.getId(), c1.getId(), initial);
        assertThat(all.getResults().get(3).getMessage()).isEqualTo("Repository created");
        assertThat(all.getPagination().getHasMore()).isFalse();
        CommitList page = this.refs.logCommits(this.repo, "main").amount(2).execute();
        assertThat(page.getResults()).extracting(Commit::getId).containsExactly(c3.getId(), c2.getId());
        assertThat(page.getPagination().getHasMore()).isTrue();
        assertThat(page.getPagination().getNextOffset()).isEqualTo(c2.getId());
        CommitList rest = this.refs.logCommits(this.repo, "main").amount(2).after(c2.getId()).execute();
        assertThat(rest.getResults()).extracting(Commit::getId).containsExactly(c1.getId(), initial);
        assertThat(rest.getPagination().getHasMore()).isFalse();
        assertThat(rest.getPagination().getNextOffset()).isEmpty();
    }

    @Test
    @DisplayName("§4 log objects[] and prefixes[] keep only the commits that touched them")
    void logFilteredByObjectsAndPrefixes() throws ApiException {
        Commit addA = commitFile("data/a", "add a");
        commitFile("other/b", "add b");
        Commit changeA = commitFile("data/a", "change a", "v2");
        assertThat(this.refs.logCommits(this.repo, "main").objects(List.of("data/a")).execute().getResults())
                .extracting(Commit::getId).containsExactly(changeA.getId(), addA.getId());
        assertThat(this.refs.logCommits(this.repo, "main").prefixes(List.of("data/")).execute().getResults())
                .extracting(Commit::getId).containsExactly(changeA.getId(), addA.getId());
        assertThat(this.refs.logCommits(this.repo, "main").objects(List.of("data/a")).limit(true).amount(1)
                .execute().getResults()).extracting(Commit::getId).containsExactly(changeA.getId());
    }

    @Test
    @DisplayName("§4 log first_parent follows only first parents through merges")
    void logFirstParent() throws ApiException {
        String initial = headOf("main");
        createBranch("feature", "main");
        upload("feature", "f", "f");
        Commit featureCommit = commit("feature", "feature work");
        upload("main", "m", "m");
        Commit mainCommit = commit("main", "main work");
        String merge = this.refs.mergeIntoBranch(this.repo, "feature", "main").execute().getReference();
        assertThat(this.refs.logCommits(this.repo, "main").execute().getResults()).extracting(Commit::getId)
                .containsExactlyInAnyOrder(merge, mainCommit.getId(), featureCommit.getId(), initial)
                .first().isEqualTo(merge);
        assertThat(this.refs.logCommits(this.repo, "main").firstParent(true).execute().getResults())
                .extracting(Commit::getId).containsExactly(merge, mainCommit.getId(), initial);
    }

    private Commit commitFile(String path, String message) throws ApiException {
        return commitFile(path, message, "v1");
    }

    private Commit commitFile(String path, String message, String content) throws ApiException {
        upload("main", path, content);
        return commit("main", message);
    }

}
