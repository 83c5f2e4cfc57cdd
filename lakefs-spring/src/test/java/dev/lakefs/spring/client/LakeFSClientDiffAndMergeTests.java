package dev.lakefs.spring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.CherryPickCreation;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.DiffType;
import dev.lakefs.spring.client.model.FindMergeBaseResult;
import dev.lakefs.spring.client.model.Merge;
import dev.lakefs.spring.client.model.MergeResult;
import dev.lakefs.spring.client.model.MergeStrategy;
import dev.lakefs.spring.client.model.PathType;
import dev.lakefs.spring.client.model.ResetCreation;
import dev.lakefs.spring.client.model.RevertCreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LakeFSClientDiffAndMergeTests extends EmbeddedServerSupport {

    private final LakeFSClient client = client();

    @Test
    void diffBranchShowsUncommittedChanges() {
        String repository = newRepository(this.client);
        upload(repository, "main", "data/a.csv", "a");
        upload(repository, "main", "data/b.csv", "b");
        List<Diff> changes = this.client.diffBranch(repository, "main", ListOptions.defaults()).collectList().block();
        assertThat(changes).extracting(Diff::path, Diff::type, Diff::pathType)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("data/a.csv", DiffType.ADDED, PathType.OBJECT),
                    org.assertj.core.groups.Tuple.tuple("data/b.csv", DiffType.ADDED, PathType.OBJECT));
    }

    @Test
    void diffRefsShowsCommittedChangesOfTheRightSide() {
        String repository = newRepository(this.client);
        upload(repository, "main", "keep.txt", "1");
        upload(repository, "main", "change.txt", "1");
        upload(repository, "main", "remove.txt", "1");
        commit(repository, "main", "base");
        this.client.createBranch(repository, BranchCreation.of("work", "main")).block();
        upload(repository, "work", "change.txt", "2");
        upload(repository, "work", "add.txt", "2");
        this.client.deleteObject(repository, "work", "remove.txt", false).block();
        assertThat(this.client.diffRefs(repository, "main", "work").collectList().block()).isEmpty();
        commit(repository, "work", "changes");
        List<Diff> diff = this.client.diffRefs(repository, "main", "work").collectList().block();
        assertThat(diff).extracting(Diff::path, Diff::type)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("add.txt", DiffType.ADDED),
                    org.assertj.core.groups.Tuple.tuple("change.txt", DiffType.CHANGED),
                    org.assertj.core.groups.Tuple.tuple("remove.txt", DiffType.REMOVED));
        assertThat(diff.get(0).sizeBytes()).isEqualTo(1L);
    }

    @Test
    void mergeCreatesAMergeCommitWithTheStrategyInItsMetadata() {
        String repository = newRepository(this.client);
        this.client.createBranch(repository, BranchCreation.of("work", "main")).block();
        upload(repository, "work", "new.txt", "x");
        Commit source = commit(repository, "work", "work");
        String mainHead = this.client.getBranch(repository, "main").block().commitId();
        MergeResult result = this.client
            .mergeIntoBranch(repository, "work", "main", Merge.defaults().withMessage("merge it")).block();
        Commit merge = this.client.getCommit(repository, result.reference()).block();
        assertThat(merge.parents()).containsExactly(mainHead, source.id());
        assertThat(merge.message()).isEqualTo("merge it");
        assertThat(merge.metadata()).containsEntry(".lakefs.merge.strategy", "default");
    }

    @Test
    void conflictingMergeFailsWithAMergeConflictUnlessAStrategyIsGiven() {
        String repository = newRepository(this.client);
        upload(repository, "main", "same.txt", "base");
        commit(repository, "main", "base");
        this.client.createBranch(repository, BranchCreation.of("work", "main")).block();
        upload(repository, "work", "same.txt", "work");
        commit(repository, "work", "work side");
        upload(repository, "main", "same.txt", "main");
        commit(repository, "main", "main side");
        assertThatExceptionOfType(LakeFSMergeConflictException.class)
            .isThrownBy(() -> this.client.mergeIntoBranch(repository, "work", "main", Merge.defaults()).block())
            .satisfies((ex) -> {
                assertThat(ex.getStatus()).isEqualTo(409);
                assertThat(ex.getSourceRef()).isEqualTo("work");
                assertThat(ex.getDestinationBranch()).isEqualTo("main");
                assertThat(ex.getOperationId()).isEqualTo("mergeIntoBranch");
            });
        MergeResult merged = this.client
            .mergeIntoBranch(repository, "work", "main", Merge.defaults().withStrategy(MergeStrategy.SOURCE_WINS))
            .block();
        assertThat(this.client.getCommit(repository, merged.reference()).block().metadata())
            .containsEntry(".lakefs.merge.strategy", "source-wins");
    }

    @Test
    void findsTheMergeBase() {
        String repository = newRepository(this.client);
        String base = this.client.getBranch(repository, "main").block().commitId();
        this.client.createBranch(repository, BranchCreation.of("work", "main")).block();
        upload(repository, "work", "w.txt", "w");
        commit(repository, "work", "work");
        FindMergeBaseResult result = this.client.findMergeBase(repository, "work", "main").block();
        assertThat(result.baseCommitId()).isEqualTo(base);
    }

    @Test
    void resetDiscardsUncommittedChanges() {
        String repository = newRepository(this.client);
        upload(repository, "main", "a/1.txt", "1");
        upload(repository, "main", "a/2.txt", "2");
        upload(repository, "main", "b.txt", "3");
        this.client.resetBranch(repository, "main", ResetCreation.object("b.txt")).block();
        assertThat(paths(repository)).containsExactly("a/1.txt", "a/2.txt");
        this.client.resetBranch(repository, "main", ResetCreation.prefix("a/")).block();
        assertThat(paths(repository)).isEmpty();
        upload(repository, "main", "c.txt", "4");
        this.client.resetBranch(repository, "main", ResetCreation.all()).block();
        assertThat(paths(repository)).isEmpty();
    }

    @Test
    void hardResetMovesTheBranchBack() {
        String repository = newRepository(this.client);
        String first = this.client.getBranch(repository, "main").block().commitId();
        upload(repository, "main", "x.txt", "x");
        commit(repository, "main", "second");
        this.client.hardResetBranch(repository, "main", "main~1", false).block();
        assertThat(this.client.getBranch(repository, "main").block().commitId()).isEqualTo(first);
    }

    @Test
    void revertUndoesACommitAndCherryPickAppliesOne() {
        String repository = newRepository(this.client);
        this.client.createBranch(repository, BranchCreation.of("other", "main")).block();
        upload(repository, "main", "x.txt", "x");
        Commit added = commit(repository, "main", "add x");
        Commit picked = this.client.cherryPick(repository, "other", CherryPickCreation.of(added.id())).block();
        assertThat(picked.parents()).hasSize(1);
        assertThat(this.client.statObject(repository, "other", "x.txt").block().sizeBytes()).isEqualTo(1L);
        this.client.revertBranch(repository, "main", RevertCreation.of(added.id())).block();
        assertThat(this.client.getCommit(repository, "main").block().message()).isEqualTo("Revert " + added.id());
        assertThat(paths(repository)).isEmpty();
    }

    @Test
    void logFollowsFiltersAndCap() {
        String repository = newRepository(this.client);
        for (int i = 0; i < 5; i++) {
            upload(repository, "main", "f" + i, Integer.toString(i));
            commit(repository, "main", "c" + i);
        }
        assertThat(this.client.logCommits(repository, "main", LogOptions.defaults().withMax(3))
            .map(Commit::message)
            .collectList()
            .block()).containsExactly("c4", "c3", "c2");
        assertThat(this.client.logCommits(repository, "main", LogOptions.defaults().withPaths(List.of("f1"), List.of()))
            .map(Commit::message)
            .collectList()
            .block()).containsExactly("c1");
    }

    private List<String> paths(String repository) {
        return this.client.listObjects(repository, "main", ListOptions.defaults())
            .map(dev.lakefs.spring.client.model.ObjectStats::path)
            .collectList()
            .block();
    }

    private void upload(String repository, String branch, String path, String content) {
        this.client.uploadObject(repository, branch, path, ObjectUpload.of(content.getBytes())).block();
    }

    private Commit commit(String repository, String branch, String message) {
        return this.client.commit(repository, branch, CommitCreation.of(message, Map.of())).block();
    }

}
