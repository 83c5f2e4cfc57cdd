package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.DiffList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §4 Diff and merge (the diff half), §6.1 sanity_api_test. */
class DiffConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4 uncommitted diff: added, changed and removed objects, sorted by path, sizes on objects")
    void uncommittedDiff() throws ApiException {
        upload("main", "a", "a");
        upload("main", "b", "b");
        commit("main", "base");
        upload("main", "a", "changed");
        this.objects.deleteObject(this.repo, "main", "b").execute();
        upload("main", "c", "added");
        DiffList diff = this.branches.diffBranch(this.repo, "main").execute();
        assertThat(diff.getResults()).extracting(Diff::getType, Diff::getPath, Diff::getPathType)
                .containsExactly(tuple(Diff.TypeEnum.CHANGED, "a", Diff.PathTypeEnum.OBJECT),
                        tuple(Diff.TypeEnum.REMOVED, "b", Diff.PathTypeEnum.OBJECT),
                        tuple(Diff.TypeEnum.ADDED, "c", Diff.PathTypeEnum.OBJECT));
        assertThat(diff.getResults().get(0).getSizeBytes()).isEqualTo("changed".length());
        assertThat(diff.getResults().get(2).getSizeBytes()).isEqualTo("added".length());
        assertThat(diff.getPagination().getHasMore()).isFalse();
    }

    @Test
    @DisplayName("§4 adding and then deleting the same new path shows nothing in the uncommitted diff")
    void addThenDeleteShowsNothing() throws ApiException {
        upload("main", "ephemeral", "x");
        this.objects.deleteObject(this.repo, "main", "ephemeral").execute();
        assertThat(this.branches.diffBranch(this.repo, "main").execute().getResults()).isEmpty();
    }

    @Test
    @DisplayName("§4/§3 uncommitted diff with prefix, with delimiter (common prefixes) and paged by amount/after")
    void uncommittedDiffPrefixDelimiterAndPaging() throws ApiException {
        upload("main", "dir/x", "x");
        upload("main", "dir/sub/y", "y");
        upload("main", "top", "t");
        assertThat(this.branches.diffBranch(this.repo, "main").prefix("dir/").execute().getResults())
                .extracting(Diff::getPath).containsExactly("dir/sub/y", "dir/x");
        DiffList grouped = this.branches.diffBranch(this.repo, "main").delimiter("/").execute();
        assertThat(grouped.getResults()).extracting(Diff::getPath, Diff::getPathType)
                .containsExactly(tuple("dir/", Diff.PathTypeEnum.COMMON_PREFIX), tuple("top", Diff.PathTypeEnum.OBJECT));
        DiffList first = this.branches.diffBranch(this.repo, "main").amount(2).execute();
        assertThat(first.getResults()).extracting(Diff::getPath).containsExactly("dir/sub/y", "dir/x");
        assertThat(first.getPagination().getHasMore()).isTrue();
        assertThat(first.getPagination().getNextOffset()).isEqualTo("dir/x");
        DiffList second = this.branches.diffBranch(this.repo, "main").amount(2).after("dir/x").execute();
        assertThat(second.getResults()).extracting(Diff::getPath).containsExactly("top");
        assertThat(second.getPagination().getHasMore()).isFalse();
        assertThat(second.getPagination().getNextOffset()).isEmpty();
    }

    @Test
    @DisplayName("§6.1 diffRefs: empty before the branch commits, then exactly {file0 changed, file1 removed, fileX added}")
    void diffRefsSanity() throws ApiException {
        upload("main", "file0", "zero");
        upload("main", "file1", "one");
        commit("main", "base");
        createBranch("branch1", "main");
        upload("branch1", "file0", "zero changed");
        this.objects.deleteObject(this.repo, "branch1", "file1").execute();
        upload("branch1", "fileX", "x!");
        // §4 "Committed data only; staged changes are ignored."
        assertThat(this.refs.diffRefs(this.repo, "main", "branch1").execute().getResults()).isEmpty();
        commit("branch1", "changes");
        DiffList diff = this.refs.diffRefs(this.repo, "main", "branch1").amount(-1).execute();
        assertThat(diff.getResults()).extracting(Diff::getType, Diff::getPath)
                .containsExactly(tuple(Diff.TypeEnum.CHANGED, "file0"), tuple(Diff.TypeEnum.REMOVED, "file1"),
                        tuple(Diff.TypeEnum.ADDED, "fileX"));
        assertThat(diff.getResults().get(0).getSizeBytes()).isEqualTo("zero changed".length());
        assertThat(diff.getResults().get(2).getSizeBytes()).isEqualTo("x!".length());
    }

    @Test
    @DisplayName("§4 diffRefs defaults to three_dot (from the merge base); two_dot compares the two trees")
    void threeDotVersusTwoDot() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "from-feature", "f");
        commit("feature", "feature work");
        upload("main", "from-main", "m");
        commit("main", "main work");
        assertThat(this.refs.diffRefs(this.repo, "main", "feature").execute().getResults())
                .extracting(Diff::getType, Diff::getPath).containsExactly(tuple(Diff.TypeEnum.ADDED, "from-feature"));
        assertThat(this.refs.diffRefs(this.repo, "main", "feature").type("three_dot").execute().getResults())
                .extracting(Diff::getType, Diff::getPath).containsExactly(tuple(Diff.TypeEnum.ADDED, "from-feature"));
        assertThat(this.refs.diffRefs(this.repo, "main", "feature").type("two_dot").execute().getResults())
                .extracting(Diff::getType, Diff::getPath)
                .containsExactly(tuple(Diff.TypeEnum.ADDED, "from-feature"), tuple(Diff.TypeEnum.REMOVED, "from-main"));
    }

    @Test
    @DisplayName("§4 diffRefs include_right_stats=true adds right{checksum,…} (raw: SDK 1.53.1 has neither the flag nor the field)")
    void includeRightStats() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "f", "content");
        commit("feature", "work");
        var response = this.http.get("/repositories/" + this.repo + "/refs/main/diff/feature?include_right_stats=true");
        assertThat(response.statusCode()).isEqualTo(200);
        DiffList diff = parse(response, DiffList::fromJson);
        assertThat(diff.getResults()).hasSize(1);
        // Unknown to the 1.53.1 model, so Gson keeps it as an additional property (a map)
        Object right = diff.getResults().get(0).getAdditionalProperty("right");
        assertThat(right).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) right).get("checksum")).isEqualTo(md5Hex("content"));
    }

    @Test
    @DisplayName("§4/§3 diffRefs with prefix, delimiter and paging")
    void diffRefsPrefixDelimiterAndPaging() throws ApiException {
        createBranch("feature", "main");
        upload("feature", "dir/a", "a");
        upload("feature", "dir/b", "b");
        upload("feature", "top", "t");
        commit("feature", "work");
        assertThat(this.refs.diffRefs(this.repo, "main", "feature").prefix("dir/").execute().getResults())
                .extracting(Diff::getPath).containsExactly("dir/a", "dir/b");
        assertThat(this.refs.diffRefs(this.repo, "main", "feature").delimiter("/").execute().getResults())
                .extracting(Diff::getPath, Diff::getPathType)
                .containsExactly(tuple("dir/", Diff.PathTypeEnum.COMMON_PREFIX), tuple("top", Diff.PathTypeEnum.OBJECT));
        DiffList first = this.refs.diffRefs(this.repo, "main", "feature").amount(1).execute();
        assertThat(first.getResults()).extracting(Diff::getPath).containsExactly("dir/a");
        assertThat(first.getPagination().getNextOffset()).isEqualTo("dir/a");
        assertThat(this.refs.diffRefs(this.repo, "main", "feature").amount(1).after("dir/a").execute().getResults())
                .extracting(Diff::getPath).containsExactly("dir/b");
    }

}
