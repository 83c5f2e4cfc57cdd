package dev.lakefs.embedded;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Commits and the log, SEMANTICS.md §4 "Commits", §5.4 and §5.5. */
class CommitSemanticsTests extends EmbeddedServerTestSupport {

    @Test
    @DisplayName("§4 commit answers 201 Commit with message, metadata, committer, parents and generation")
    void commitShape() {
        this.http.upload(this.repository, "main", "a", "1");
        String parent = this.http.get(repo("/branches/main")).json().path("commit_id").asString();
        LakeFSHttp.Response response = this.http.post(repo("/branches/main/commits"),
                "{\"message\":\"Add some data!\",\"metadata\":{\"using\":\"java\"}}");
        assertThat(response.status()).isEqualTo(201);
        JsonNode commit = response.json();
        assertThat(commit.path("message").asString()).isEqualTo("Add some data!");
        assertThat(commit.path("metadata").path("using").asString()).isEqualTo("java");
        assertThat(commit.path("committer").asString()).isEqualTo("admin");
        assertThat(commit.path("parents").get(0).asString()).isEqualTo(parent);
        assertThat(commit.path("generation").asLong()).isEqualTo(2);
        assertThat(commit.path("meta_range_id").asString()).isNotEmpty();
        assertThat(this.http.get(repo("/branches/main")).json().path("commit_id").asString())
            .isEqualTo(commit.path("id").asString());
    }

    @Test
    @DisplayName("§5.4 commit ids are 64 lowercase hex characters (SHA-256 content addresses)")
    void commitIdsAreSha256Hex() {
        this.http.upload(this.repository, "main", "a", "1");
        assertThat(this.http.commit(this.repository, "main", "c").json().path("id").asString())
            .matches("^[0-9a-f]{64}$");
    }

    @Test
    @DisplayName("§5.5 a commit with no net changes is 400 'no changes'; allow_empty=true succeeds")
    void noChanges() {
        LakeFSHttp.Response empty = this.http.commit(this.repository, "main", "nothing");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.message()).contains("no changes");
        assertThat(this.http.post(repo("/branches/main/commits"), "{\"message\":\"nothing\",\"allow_empty\":true}")
            .status()).isEqualTo(201);
    }

    @Test
    @DisplayName("§5.4 re-uploading identical content (same size, checksum, metadata, content type) is no change")
    void identicalReuploadIsNoChange() {
        this.http.upload(this.repository, "main", "a", "same");
        this.http.commit(this.repository, "main", "first");
        this.http.upload(this.repository, "main", "a", "same");
        assertThat(this.http.get(repo("/branches/main/diff")).json().path("results").size()).isZero();
        assertThat(this.http.commit(this.repository, "main", "again").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§4 adding then deleting a new path leaves no change")
    void addThenDeleteIsNoChange() {
        this.http.upload(this.repository, "main", "tmp", "x");
        this.http.delete(repo("/branches/main/objects?path=tmp"));
        assertThat(this.http.get(repo("/branches/main/diff")).json().path("results").size()).isZero();
        assertThat(this.http.commit(this.repository, "main", "nothing").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§4 date overrides creation_date")
    void dateOverridesCreationDate() {
        this.http.upload(this.repository, "main", "a", "1");
        JsonNode commit = this.http.post(repo("/branches/main/commits"), "{\"message\":\"old\",\"date\":1000000}")
            .json();
        assertThat(commit.path("creation_date").asLong()).isEqualTo(1000000);
    }

    @Test
    @DisplayName("§4 commit on a missing branch is 404; without a message 400")
    void commitErrors() {
        assertThat(this.http.commit(this.repository, "nope", "m").status()).isEqualTo(404);
        assertThat(this.http.post(repo("/branches/main/commits"), "{}").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§4 getCommit accepts any ref: commit id, branch, tag, main~1; missing is 404")
    void getCommitByAnyRef() {
        this.http.upload(this.repository, "main", "a", "1");
        String id = this.http.commit(this.repository, "main", "one").json().path("id").asString();
        this.http.post(repo("/tags"), "{\"id\":\"v1\",\"ref\":\"main\"}");
        this.http.upload(this.repository, "main", "a", "2");
        this.http.commit(this.repository, "main", "two");
        for (String ref : List.of(id, "v1", "main~1", id.substring(0, 8))) {
            assertThat(this.http.get(repo("/commits/" + ref)).json().path("id").asString()).as(ref).isEqualTo(id);
        }
        assertThat(this.http.get(repo("/commits/" + "0".repeat(64))).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§3/§4 the log is newest first, includes 'Repository created', pages with amount/after")
    void logOrderAndPaging() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            this.http.upload(this.repository, "main", "f" + i, "x");
            ids.add(0, this.http.commit(this.repository, "main", "c" + i).json().path("id").asString());
        }
        JsonNode all = this.http.get(repo("/refs/main/commits")).json();
        assertThat(all.path("results").size()).isEqualTo(4);
        assertThat(all.path("results").get(3).path("message").asString()).isEqualTo("Repository created");
        JsonNode first = this.http.get(repo("/refs/main/commits?amount=2")).json();
        assertThat(messages(first)).containsExactly("c2", "c1");
        assertThat(first.path("pagination").path("has_more").asBoolean()).isTrue();
        assertThat(first.path("pagination").path("next_offset").asString()).isEqualTo(ids.get(1));
        JsonNode second = this.http.get(repo("/refs/main/commits?amount=2&after=" + ids.get(1))).json();
        assertThat(messages(second)).containsExactly("c0", "Repository created");
        assertThat(second.path("pagination").path("has_more").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("§4 log objects/prefixes keep only commits that touched them; first_parent follows first parents")
    void logFilters() {
        this.http.upload(this.repository, "main", "a/1", "x");
        this.http.commit(this.repository, "main", "touch a");
        this.http.upload(this.repository, "main", "b/1", "x");
        this.http.commit(this.repository, "main", "touch b");
        assertThat(messages(this.http.get(repo("/refs/main/commits?objects=a/1")).json()))
            .containsExactly("touch a");
        assertThat(messages(this.http.get(repo("/refs/main/commits?prefixes=b/")).json()))
            .containsExactly("touch b");
        this.http.createBranch(this.repository, "side", "main");
        this.http.upload(this.repository, "side", "s", "x");
        this.http.commit(this.repository, "side", "side work");
        this.http.post(repo("/refs/side/merge/main"), "{}");
        assertThat(messages(this.http.get(repo("/refs/main/commits?first_parent=true")).json()))
            .doesNotContain("side work");
        assertThat(messages(this.http.get(repo("/refs/main/commits")).json())).contains("side work");
    }

    private static List<String> messages(JsonNode list) {
        List<String> messages = new ArrayList<>();
        list.path("results").forEach(commit -> messages.add(commit.path("message").asString()));
        return messages;
    }
}
