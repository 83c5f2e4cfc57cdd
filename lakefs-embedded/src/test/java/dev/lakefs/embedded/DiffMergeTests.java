package dev.lakefs.embedded;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Diffs and merges, SEMANTICS.md §4 "Diff and merge", §5.6 and §6.1/§6.2/§6.6. */
class DiffMergeTests extends EmbeddedServerTestSupport {

    @Test
    @DisplayName("§6.1 diffRefs(main, branch) is exactly the branch's committed changes, with size_bytes")
    void diffRefsAfterCommit() {
        for (String file : List.of("file0", "file1")) {
            this.http.upload(this.repository, "main", file, "original");
        }
        this.http.commit(this.repository, "main", "base");
        this.http.createBranch(this.repository, "branch1", "main");
        assertThat(this.http.get(repo("/refs/main/diff/branch1")).json().path("results").size()).isZero();
        this.http.upload(this.repository, "branch1", "file0", "changed!");
        this.http.delete(repo("/branches/branch1/objects?path=file1"));
        this.http.upload(this.repository, "branch1", "fileX", "new");
        assertThat(this.http.get(repo("/refs/main/diff/branch1")).json().path("results").size())
            .as("staged changes are ignored").isZero();
        this.http.commit(this.repository, "branch1", "work");
        JsonNode diff = this.http.get(repo("/refs/main/diff/branch1?amount=-1")).json().path("results");
        assertThat(summary(diff)).containsExactly("changed file0", "removed file1", "added fileX");
        assertThat(diff.get(0).path("size_bytes").asLong()).isEqualTo(8);
        assertThat(diff.get(0).path("path_type").asString()).isEqualTo("object");
    }

    @Test
    @DisplayName("§4 three-dot (default) diffs from the merge base, two-dot compares the refs directly")
    void threeDotAndTwoDot() {
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "main", "on-main", "m");
        this.http.commit(this.repository, "main", "main work");
        this.http.upload(this.repository, "feature", "on-feature", "f");
        this.http.commit(this.repository, "feature", "feature work");
        assertThat(summary(this.http.get(repo("/refs/main/diff/feature")).json().path("results")))
            .containsExactly("added on-feature");
        assertThat(summary(this.http.get(repo("/refs/main/diff/feature?type=two_dot")).json().path("results")))
            .containsExactly("added on-feature", "removed on-main");
    }

    @Test
    @DisplayName("§6.6 identical content on two branches: same checksum, empty three-dot diff, the merge still succeeds")
    void identicalContent() {
        this.http.createBranch(this.repository, "left", "main");
        this.http.createBranch(this.repository, "right", "main");
        String leftChecksum = this.http.upload(this.repository, "left", "same", "identical").json().path("checksum")
            .asString();
        String rightChecksum = this.http.upload(this.repository, "right", "same", "identical").json()
            .path("checksum").asString();
        assertThat(leftChecksum).isEqualTo(rightChecksum);
        this.http.commit(this.repository, "left", "l");
        this.http.commit(this.repository, "right", "r");
        assertThat(this.http.get(repo("/refs/left/diff/right")).json().path("results").size()).isZero();
        assertThat(this.http.post(repo("/refs/right/merge/left"), "{}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("§4 uncommitted diff with prefix and delimiter folds sub-paths into prefix_changed common prefixes")
    void uncommittedDiffWithDelimiter() {
        this.http.upload(this.repository, "main", "dir/a", "a");
        this.http.upload(this.repository, "main", "dir/sub/b", "b");
        this.http.upload(this.repository, "main", "top", "t");
        JsonNode root = this.http.get(repo("/branches/main/diff?delimiter=/")).json().path("results");
        assertThat(summary(root)).containsExactly("prefix_changed dir/", "added top");
        assertThat(root.get(0).path("path_type").asString()).isEqualTo("common_prefix");
        JsonNode dir = this.http.get(repo("/branches/main/diff?delimiter=/&prefix=dir/")).json().path("results");
        assertThat(summary(dir)).containsExactly("added dir/a", "prefix_changed dir/sub/");
    }

    @Test
    @DisplayName("§5.6 merge always creates a commit with parents [dest, source] and .lakefs.merge.strategy=default")
    void mergeCreatesCommit() {
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "feature", "f", "f");
        String source = this.http.commit(this.repository, "feature", "f").json().path("id").asString();
        String destination = this.http.get(repo("/branches/main")).json().path("commit_id").asString();
        LakeFSHttp.Response merged = this.http.call("POST", repo("/refs/feature/merge/main")).send();
        assertThat(merged.status()).isEqualTo(200);
        String reference = merged.json().path("reference").asString();
        JsonNode commit = this.http.get(repo("/commits/" + reference)).json();
        assertThat(reference).isNotEqualTo(source);
        assertThat(commit.path("parents").get(0).asString()).isEqualTo(destination);
        assertThat(commit.path("parents").get(1).asString()).isEqualTo(source);
        assertThat(commit.path("metadata").path(".lakefs.merge.strategy").asString()).isEqualTo("default");
        assertThat(commit.path("message").asString()).isEqualTo("Merge 'feature' into 'main'");
        assertThat(this.http.read(this.repository, "main", "f")).isEqualTo("f");
    }

    @Test
    @DisplayName("§5.6 squash_merge records only the destination as parent")
    void squashMerge() {
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "feature", "f", "f");
        this.http.commit(this.repository, "feature", "f");
        String reference = this.http.post(repo("/refs/feature/merge/main"), "{\"squash_merge\":true}").json()
            .path("reference").asString();
        assertThat(this.http.get(repo("/commits/" + reference)).json().path("parents").size()).isEqualTo(1);
    }

    @Test
    @DisplayName("§5.6 a conflict is 409 {\"reference\":\"\"}; source-wins/dest-wins settle it and are recorded")
    void conflicts() {
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "main", "x", "main");
        this.http.commit(this.repository, "main", "m");
        this.http.upload(this.repository, "feature", "x", "feature");
        this.http.commit(this.repository, "feature", "f");
        LakeFSHttp.Response conflict = this.http.post(repo("/refs/feature/merge/main"), "{}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).isEqualTo("{\"reference\":\"\"}");
        this.http.createBranch(this.repository, "dest-copy", "main");
        String sourceWins = this.http.post(repo("/refs/feature/merge/main"), "{\"strategy\":\"source-wins\"}").json()
            .path("reference").asString();
        assertThat(this.http.read(this.repository, "main", "x")).isEqualTo("feature");
        assertThat(this.http.get(repo("/commits/" + sourceWins)).json().path("metadata")
            .path(".lakefs.merge.strategy").asString()).isEqualTo("source-wins");
        this.http.post(repo("/refs/feature/merge/dest-copy"), "{\"strategy\":\"dest-wins\"}");
        assertThat(this.http.read(this.repository, "dest-copy", "x")).isEqualTo("main");
        assertThat(this.http.post(repo("/refs/feature/merge/main"), "{\"strategy\":\"mine\"}").status())
            .isEqualTo(400);
    }

    @Test
    @DisplayName("§5.6 merging with no changes is 400 (two fresh branches); allow_empty merges anyway")
    void noChanges() {
        this.http.createBranch(this.repository, "fresh", "main");
        LakeFSHttp.Response response = this.http.post(repo("/refs/fresh/merge/main"), "{}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains("no changes");
        assertThat(this.http.post(repo("/refs/fresh/merge/main"), "{\"allow_empty\":true}").status())
            .isEqualTo(200);
    }

    @Test
    @DisplayName("§4 a dirty destination is 400 'uncommitted changes (dirty branch)'; main$ or main@ as destination 400")
    void invalidDestinations() {
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "feature", "f", "f");
        this.http.commit(this.repository, "feature", "f");
        this.http.upload(this.repository, "main", "dirt", "d");
        LakeFSHttp.Response dirty = this.http.post(repo("/refs/feature/merge/main"), "{}");
        assertThat(dirty.status()).isEqualTo(400);
        assertThat(dirty.message()).isEqualTo("uncommitted changes (dirty branch)");
        assertThat(this.http.post(repo("/refs/feature/merge/" + LakeFSHttp.encode("main$")), "{}").status())
            .isEqualTo(400);
        assertThat(this.http.post(repo("/refs/feature/merge/main@"), "{}").status()).isEqualTo(400);
        assertThat(this.http.post(repo("/refs/nowhere/merge/main"), "{}").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§4 findMergeBase: base is the fork point; source_commit_id/destination_commit_id are swapped as in lakeFS")
    void findMergeBase() {
        String fork = this.http.get(repo("/branches/main")).json().path("commit_id").asString();
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "feature", "f", "f");
        String source = this.http.commit(this.repository, "feature", "f").json().path("id").asString();
        this.http.upload(this.repository, "main", "m", "m");
        String destination = this.http.commit(this.repository, "main", "m").json().path("id").asString();
        JsonNode base = this.http.get(repo("/refs/feature/merge/main")).json();
        assertThat(base.path("base_commit_id").asString()).isEqualTo(fork);
        assertThat(base.path("source_commit_id").asString()).isEqualTo(destination);
        assertThat(base.path("destination_commit_id").asString()).isEqualTo(source);
    }

    @Test
    @DisplayName("§4 findMergeBase after merging main back into a feature: the newest common commit, from either side")
    void findMergeBaseAfterMergingBack() {
        this.http.createBranch(this.repository, "feature", "main");
        this.http.upload(this.repository, "feature", "f1", "f");
        this.http.commit(this.repository, "feature", "f1");
        this.http.upload(this.repository, "main", "m1", "m");
        String mainWork = this.http.commit(this.repository, "main", "m1").json().path("id").asString();
        assertThat(this.http.post(repo("/refs/main/merge/feature"), "{}").status()).isEqualTo(200);
        this.http.upload(this.repository, "feature", "f2", "f");
        this.http.commit(this.repository, "feature", "f2");
        this.http.upload(this.repository, "main", "m2", "m");
        this.http.commit(this.repository, "main", "m2");
        // The fork point is a common ancestor too, but main's first commit is a newer one that feature merged in.
        assertThat(this.http.get(repo("/refs/feature/merge/main")).json().path("base_commit_id").asString())
            .isEqualTo(mainWork);
        assertThat(this.http.get(repo("/refs/main/merge/feature")).json().path("base_commit_id").asString())
            .isEqualTo(mainWork);
    }

    @Test
    @DisplayName("§4 findMergeBase of a ref and its own ancestor is the ancestor, however long the history")
    void findMergeBaseWithAnAncestor() {
        String fork = this.http.get(repo("/branches/main")).json().path("commit_id").asString();
        this.http.createBranch(this.repository, "feature", "main");
        for (int i = 0; i < 20; i++) {
            this.http.upload(this.repository, "feature", "f" + i, "f");
            this.http.commit(this.repository, "feature", "f" + i);
        }
        assertThat(this.http.get(repo("/refs/feature/merge/main")).json().path("base_commit_id").asString())
            .isEqualTo(fork);
        assertThat(this.http.get(repo("/refs/main/merge/feature")).json().path("base_commit_id").asString())
            .isEqualTo(fork);
        assertThat(this.http.get(repo("/refs/feature/merge/feature")).json().path("base_commit_id").asString())
            .isEqualTo(this.http.get(repo("/branches/feature")).json().path("commit_id").asString());
    }

    private static List<String> summary(JsonNode results) {
        List<String> summary = new ArrayList<>();
        results.forEach(diff -> summary.add(diff.path("type").asString() + " " + diff.path("path").asString()));
        return summary;
    }
}
