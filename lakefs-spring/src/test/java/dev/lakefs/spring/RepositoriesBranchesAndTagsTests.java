package dev.lakefs.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lakefs.spring.client.LakeFSBadRequestException;
import dev.lakefs.spring.client.LakeFSConflictException;
import dev.lakefs.spring.client.LakeFSForbiddenException;
import dev.lakefs.spring.client.LakeFSMergeConflictException;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.DiffType;
import dev.lakefs.spring.client.model.MergeStrategy;
import dev.lakefs.spring.client.model.ObjectError;
import dev.lakefs.spring.client.model.ObjectStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Repositories, branches, tags, commits, merges, reverts and resets, with lakeFS's semantics.
 */
class RepositoriesBranchesAndTagsTests extends AbstractEmbeddedLakeFSTests {

    private Repository repo;

    private Branch main;

    @BeforeEach
    void createRepository() {
        this.repo = newRepository();
        this.main = this.repo.branch("main");
    }

    @Test
    void createsRepositoriesWithExistOk() {
        Repository repository = lakeFS.repository("exist-ok-repo").create("mem://bucket/exist-ok-repo",
                CreateRepositoryOptions.defaults().withDefaultBranch("develop"));
        assertThat(repository.properties().defaultBranch()).isEqualTo("develop");
        assertThat(repository.branch("develop").exists()).isTrue();

        assertThatExceptionOfType(LakeFSConflictException.class)
            .isThrownBy(() -> lakeFS.repository("exist-ok-repo").create("mem://bucket/elsewhere"));
        Repository again = lakeFS.repository("exist-ok-repo")
            .create("mem://bucket/elsewhere", CreateRepositoryOptions.defaults().withExistOk(true));
        // the existing repository is used as it is
        assertThat(again.properties().storageNamespace()).isEqualTo("mem://bucket/exist-ok-repo");

        again.delete();
        assertThat(again.exists()).isFalse();
        assertThatExceptionOfType(LakeFSNotFoundException.class).isThrownBy(() -> lakeFS.repository("exist-ok-repo").properties());
    }

    @Test
    void createsBranchesWithExistOkAndFromAnyRef() {
        Branch feature = this.repo.branch("feature").create("main");
        assertThatExceptionOfType(LakeFSConflictException.class).isThrownBy(() -> this.repo.branch("feature").create("main"));
        assertThat(this.repo.branch("feature").create("main", CreateBranchOptions.defaults().withExistOk(true)))
            .isEqualTo(feature);

        feature.object("f.txt").upload("feature");
        Commit featureCommit = feature.commit("feature work");
        Tag tag = this.repo.tag("v1").create(feature);
        Branch fromTag = this.repo.branch("from-tag").create(tag);
        Branch fromCommit = this.repo.branch("from-commit").create(this.repo.commit(featureCommit.id()));

        assertThat(fromTag.getCommit().id()).isEqualTo(featureCommit.id());
        assertThat(fromCommit.head().id()).isEqualTo(featureCommit.id());
        assertThatExceptionOfType(LakeFSNotFoundException.class).isThrownBy(() -> this.repo.branch("orphan").create("nope"));
    }

    @Test
    void hiddenBranchesAreListedOnlyOnRequest() {
        this.repo.branch("visible").create("main");
        this.repo.branch("secret").create("main", CreateBranchOptions.defaults().withHidden(true));

        assertThat(this.repo.branches().stream().map(Branch::id)).containsExactly("main", "visible");
        assertThat(this.repo.branchesIncludingHidden().stream().map(Branch::id))
            .containsExactly("main", "secret", "visible");
        assertThat(this.repo.branch("secret").exists()).isTrue();
    }

    @Test
    void deletesBranchesButNotTheDefaultOne() {
        Branch temp = this.repo.branch("temp").create("main");
        temp.delete();
        assertThat(temp.exists()).isFalse();
        assertThatExceptionOfType(LakeFSNotFoundException.class).isThrownBy(temp::delete);
        assertThatExceptionOfType(LakeFSForbiddenException.class).isThrownBy(this.main::delete);
    }

    @Test
    void tagsPinCommits() {
        this.main.object("a").upload("1");
        Commit first = this.main.commit("first");
        Tag v1 = this.repo.tag("v1").create("main");
        this.main.object("a").upload("2");
        this.main.commit("second");

        assertThat(v1.exists()).isTrue();
        assertThat(v1.getCommit()).isEqualTo(first);
        assertThatExceptionOfType(LakeFSConflictException.class).isThrownBy(() -> this.repo.tag("v1").create("main"));
        assertThat(this.repo.tag("v1").create("main", CreateTagOptions.defaults().withExistOk(true)).getCommit()).isEqualTo(first);
        assertThat(this.repo.tags().stream().map(Tag::id)).containsExactly("v1");

        v1.delete();
        assertThat(v1.exists()).isFalse();
        assertThat(this.repo.tags()).isEmpty();
    }

    @Test
    void commitsNeedChangesUnlessEmptyCommitsAreAllowed() {
        assertThatExceptionOfType(LakeFSBadRequestException.class).isThrownBy(() -> this.main.commit("nothing"))
            .withMessageContaining("no changes");
        Commit empty = this.main.commit("on purpose", CommitOptions.defaults().withAllowEmpty(true));
        assertThat(empty.message()).isEqualTo("on purpose");
        assertThat(this.main.log(LogOptions.defaults().withMax(1))).containsExactly(empty);
    }

    @Test
    void mergesWithOptionsAndReportsConflicts() {
        this.main.object("shared.txt").upload("base");
        this.main.commit("base");
        Branch left = this.repo.branch("left").create("main");
        Branch right = this.repo.branch("right").create("main");
        left.object("shared.txt").upload("left");
        left.commit("left");
        right.object("shared.txt").upload("right");
        right.commit("right");

        left.mergeInto(this.main, MergeOptions.defaults().withMessage("take left").withMetadata(Map.of("k", "v")));
        assertThat(this.main.getCommit().message()).isEqualTo("take left");
        assertThat(this.main.getCommit().metadata()).containsEntry("k", "v");

        assertThatExceptionOfType(LakeFSMergeConflictException.class).isThrownBy(() -> right.mergeInto(this.main));
        right.mergeInto(this.main, MergeOptions.defaults().withStrategy(MergeStrategy.SOURCE_WINS));
        assertThat(this.main.object("shared.txt").readString()).isEqualTo("right");
        assertThat(this.main.getCommit().metadata()).containsEntry(".lakefs.merge.strategy", "source-wins");
    }

    @Test
    void revertsAndCherryPicks() {
        this.main.object("keep.txt").upload("keep");
        this.main.commit("keep");
        this.main.object("oops.txt").upload("oops");
        Commit oops = this.main.commit("oops");

        Commit revert = this.main.revert(this.repo.commit(oops.id()));
        assertThat(revert.parents()).containsExactly(oops.id());
        assertThat(this.main.object("oops.txt").exists()).isFalse();
        assertThat(this.main.object("keep.txt").exists()).isTrue();

        Branch other = this.repo.branch("other").create(this.repo.commit(oops.parents().get(0)));
        Commit picked = other.cherryPick(this.repo.commit(oops.id()));
        assertThat(picked.parents()).containsExactly(oops.parents().get(0));
        assertThat(other.object("oops.txt").readString()).isEqualTo("oops");
    }

    @Test
    void refTakingOperationsAcceptRefExpressionsAsWellAsHandles() {
        this.main.object("a.txt").upload("a");
        Commit first = this.main.commit("a");
        this.main.object("b.txt").upload("b");
        Commit second = this.main.commit("b");

        Branch picker = this.repo.branch("picker").create("main~2");
        // cherry-pick "main~1" (first) by expression, then "main" (second) by handle
        Commit pickedFirst = picker.cherryPick("main~1");
        assertThat(pickedFirst.parents()).containsExactly(first.parents().get(0));
        assertThat(picker.object("a.txt").readString()).isEqualTo("a");
        picker.cherryPick(this.main);
        assertThat(picker.object("b.txt").readString()).isEqualTo("b");

        assertThat(this.repo.ref("main~1").diff("main")).extracting(Diff::path).containsExactly("b.txt");
        assertThat(this.repo.ref("main~1").diff(this.main)).extracting(Diff::path).containsExactly("b.txt");

        Commit revert = this.main.revert(second.id());
        assertThat(revert.parents()).containsExactly(second.id());
        assertThat(this.main.object("b.txt").exists()).isFalse();
        assertThat(this.repo.tag("v1").create(this.repo.ref(first.id())).getCommit()).isEqualTo(first);
    }

    @Test
    void revertsAndCherryPicksMergeCommitsAgainstAParent() {
        this.main.object("base.txt").upload("base");
        this.main.commit("base");
        Branch feature = this.repo.branch("feature").create("main");
        feature.object("feature.txt").upload("feature");
        feature.commit("feature");
        String merge = feature.mergeInto(this.main);

        Branch copy = this.repo.branch("copy").create("main~1");
        assertThat(copy.object("feature.txt").exists()).isFalse();
        // parent 1 of the merge commit is main's previous head: the diff against it is the feature's change
        copy.cherryPick(merge, 1);
        assertThat(copy.object("feature.txt").readString()).isEqualTo("feature");

        this.main.revert(this.repo.commit(merge), 1);
        assertThat(this.main.object("feature.txt").exists()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> copy.cherryPick(merge, -1))
            .withMessageContaining("parentNumber");
        assertThatIllegalArgumentException().isThrownBy(() -> copy.revert(merge, -1))
            .withMessageContaining("parentNumber");
    }

    @Test
    void hiddenBranchesAreListedOnlyWhenAskedFor() {
        this.repo.branch("visible").create("main");
        this.repo.branch("secret").create("main", CreateBranchOptions.defaults().withHidden(true));
        assertThat(this.repo.branches()).extracting(Branch::id).containsExactly("main", "visible");
        assertThat(this.repo.branchesIncludingHidden()).extracting(Branch::id)
            .containsExactly("main", "secret", "visible");
        assertThat(this.repo.branchesIncludingHidden(ListOptions.prefixed("s"))).extracting(Branch::id)
            .containsExactly("secret");
    }

    @Test
    void deletesTakeDeleteOptions() {
        this.main.object("a.txt").upload("a");
        this.main.object("a.txt").delete(DeleteOptions.defaults());
        assertThat(this.main.object("a.txt").exists()).isFalse();
        this.main.object("b.txt").upload("b");
        this.main.commit("b");
        Tag tag = this.repo.tag("t").create("main", CreateTagOptions.defaults().withForce(true));
        tag.delete(DeleteOptions.defaults().withForce(true));
        assertThat(tag.exists()).isFalse();
        Branch branch = this.repo.branch("gone").create("main");
        branch.delete(DeleteOptions.defaults().withForce(true));
        assertThat(branch.exists()).isFalse();
        this.repo.delete(DeleteOptions.defaults().withForce(true));
        assertThat(this.repo.exists()).isFalse();
    }

    @Test
    void resetsUncommittedChanges() {
        this.main.object("a/1").upload("1");
        this.main.object("a/2").upload("2");
        this.main.object("b/1").upload("3");
        this.main.object("c").upload("4");

        this.main.resetObject("c");
        assertThat(this.main.uncommitted()).extracting(Diff::path).containsExactly("a/1", "a/2", "b/1");
        this.main.resetPrefix("a/");
        assertThat(this.main.uncommitted()).extracting(Diff::path).containsExactly("b/1");
        this.main.resetChanges();
        assertThat(this.main.uncommitted()).isEmpty();
    }

    @Test
    void deletesObjectsInBatches() {
        this.main.object("x/1").upload("1");
        this.main.object("x/2").upload("2");
        this.main.commit("two");
        List<String> paths = new ArrayList<>(List.of("x/1", "x/2"));
        for (int i = 0; i < 1200; i++) {
            paths.add("missing/" + i);
        }
        int before = requestsFor("deleteObjects").size();

        List<ObjectError> errors = this.main.deleteObjects(paths);

        assertThat(errors).isEmpty();
        await().untilAsserted(() -> assertThat(requestsFor("deleteObjects")).hasSize(before + 2));
        assertThat(this.main.uncommitted()).extracting(Diff::type, Diff::path).containsExactly(
                tuple(DiffType.REMOVED, "x/1"),
                tuple(DiffType.REMOVED, "x/2"));
        assertThat(this.main.objects()).extracting(ObjectStats::path).isEmpty();
    }

    @Test
    void refExpressionsResolveOnTheServer() {
        this.main.object("f").upload("1");
        Commit one = this.main.commit("one");
        this.main.object("f").upload("2");
        this.main.commit("two");

        assertThat(this.repo.ref("main~1").getCommit()).isEqualTo(one);
        assertThat(this.repo.ref("main~1").exists()).isTrue();
        assertThat(this.repo.ref("main~10").exists()).isFalse();
        assertThat(this.repo.ref(one.id().substring(0, 12)).getCommit()).isEqualTo(one);
    }
}
