package dev.lakefs.spring.transaction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.lakefs.spring.client.LakeFSBadRequestException;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.LakeFSTransportException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.DiffRefsType;
import dev.lakefs.spring.client.model.Merge;
import dev.lakefs.spring.client.model.MergeResult;
import dev.lakefs.spring.client.model.RefInfo;
import dev.lakefs.spring.client.model.TagCreation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The lakeFS calls of a transaction. A call whose connection broke after the request was sent may or may not have
 * been applied, and the client rightly does not repeat it; each such call here finds out from the server what
 * happened instead of guessing, so a transaction never reports failure for work that was merged, nor success for
 * work that was not.
 */
final class TransactionBranchOperations {

    /** The merge-commit metadata key naming the transaction, used to recognise a merge whose answer was lost. */
    static final String TRANSACTION_ID_METADATA = "lakefs-spring.transaction.id";

    /** How far back the source branch's log is searched for a merge whose answer was lost. */
    private static final int MERGE_LOOKBACK = 100;

    private static final ListOptions FIRST_ENTRY = ListOptions.defaults().withPageSize(1).withMax(1);

    private static final int CONFLICT_DIFF_LIMIT = 10_000;

    private final LakeFSClient client;

    TransactionBranchOperations(LakeFSClient client) {
        this.client = client;
    }

    /** Creates the hidden branch {@code branchId} from {@code source}; emits the commit it starts from. */
    Mono<String> createBranch(String repository, String branchId, String source) {
        return this.client.createBranch(repository, new BranchCreation(branchId, source, false, true))
            .onErrorResume(LakeFSTransportException.class,
                    (ex) -> this.client.getBranch(repository, branchId)
                        .map(RefInfo::commitId)
                        .onErrorResume((lookup) -> Mono.error(ex)));
    }

    /**
     * Commits the uncommitted changes of {@code branchId}, if any; emits whether a commit was made. It asks lakeFS
     * to commit without first checking for changes: lakeFS answers "no changes" for a clean branch, and asking first
     * would add a call to every transaction that wrote something.
     */
    Mono<Boolean> commitPending(String repository, String branchId, String message, Map<String, String> metadata) {
        return commit(repository, branchId, CommitCreation.of(message, metadata));
    }

    private Mono<Boolean> isDirty(String repository, String branchId) {
        return this.client.diffBranch(repository, branchId, FIRST_ENTRY).hasElements();
    }

    private Mono<Boolean> commit(String repository, String branchId, CommitCreation creation) {
        return this.client.commit(repository, branchId, creation)
            .thenReturn(true)
            .onErrorResume(TransactionBranchOperations::isNoChanges, (ex) -> Mono.just(false))
            // Only this transaction writes to its branch: if it is clean now, the lost commit was applied.
            .onErrorResume(LakeFSTransportException.class, (ex) -> isDirty(repository, branchId)
                .onErrorResume((lookup) -> Mono.error(ex))
                .flatMap((dirty) -> dirty ? Mono.error(ex) : Mono.just(true)));
    }

    /** The commit {@code branchId} points at. */
    Mono<String> head(String repository, String branchId) {
        return this.client.getBranch(repository, branchId).map(RefInfo::commitId);
    }

    /**
     * Merges {@code branchId} into {@code target}; emits the merge commit id, or nothing when lakeFS found no changes
     * to merge.
     */
    Mono<String> merge(String repository, String branchId, String target, Merge merge, String transactionId) {
        return this.client.mergeIntoBranch(repository, branchId, target, merge)
            .map(MergeResult::reference)
            .onErrorResume(TransactionBranchOperations::isNoChanges, (ex) -> Mono.empty())
            .onErrorResume(LakeFSTransportException.class, (ex) -> findMerge(repository, target, transactionId)
                .onErrorResume((lookup) -> Mono.error(ex))
                .switchIfEmpty(Mono.error(ex)));
    }

    private Mono<String> findMerge(String repository, String target, String transactionId) {
        return this.client.logCommits(repository, target, LogOptions.defaults().withMax(MERGE_LOOKBACK))
            .filter((commit) -> transactionId.equals(commit.metadata().get(TRANSACTION_ID_METADATA)))
            .next()
            .map(Commit::id);
    }

    /** The paths changed both on {@code branchId} and on {@code target} since their merge base; empty if unknown. */
    Mono<List<String>> conflictingPaths(String repository, String branchId, String target) {
        Mono<Set<String>> ours = changedPaths(repository, target, branchId);
        Mono<Set<String>> theirs = changedPaths(repository, branchId, target);
        return Mono.zip(ours, theirs).map((both) -> {
            Set<String> common = new TreeSet<>(both.getT1());
            common.retainAll(both.getT2());
            return List.copyOf(common);
        }).onErrorReturn(List.of());
    }

    private Mono<Set<String>> changedPaths(String repository, String left, String right) {
        Flux<Diff> diff = this.client.diffRefs(repository, left, right, ListOptions.defaults().withMax(CONFLICT_DIFF_LIMIT),
                DiffRefsType.THREE_DOT, false);
        return diff.map(Diff::path).collect(TreeSet::new, Set::add);
    }

    /** Whether {@code tag} exists. */
    Mono<Boolean> tagExists(String repository, String tag) {
        return this.client.getTag(repository, tag)
            .thenReturn(true)
            .onErrorResume(LakeFSNotFoundException.class, (ex) -> Mono.just(false));
    }

    /** Creates {@code tag} on {@code commitId}. */
    Mono<Void> createTag(String repository, String tag, String commitId) {
        return this.client.createTag(repository, TagCreation.of(tag, commitId))
            .then()
            .onErrorResume(LakeFSTransportException.class, (ex) -> this.client.getTag(repository, tag)
                .onErrorResume((lookup) -> Mono.error(ex))
                .flatMap((ref) -> commitId.equals(ref.commitId()) ? Mono.<Void>empty() : Mono.error(ex)));
    }

    /** Deletes {@code branchId}; a branch that is already gone counts as deleted. */
    Mono<Void> deleteBranch(String repository, String branchId) {
        return this.client.deleteBranch(repository, branchId, false)
            .onErrorResume(LakeFSNotFoundException.class, (ex) -> Mono.empty())
            .onErrorResume(LakeFSTransportException.class, (ex) -> this.client.getBranch(repository, branchId)
                .onErrorResume((lookup) -> Mono.error((lookup instanceof LakeFSNotFoundException) ? lookup : ex))
                .flatMap((stillThere) -> Mono.<Void>error(ex))
                .onErrorResume(LakeFSNotFoundException.class, (gone) -> Mono.empty()));
    }

    /** The hidden and visible branches of {@code repository} whose id starts with the transaction prefix. */
    Flux<String> transactionBranches(String repository) {
        return this.client.listBranches(repository, ListOptions.prefixed(TransactionBranchNames.PREFIX), true)
            .map(RefInfo::id)
            .filter((id) -> id.startsWith(TransactionBranchNames.PREFIX));
    }

    /**
     * lakeFS reports "nothing to commit/merge" only as a 400 whose message says {@code no changes}; other 400s
     * (validation, dirty destination) are real failures.
     */
    private static boolean isNoChanges(Throwable ex) {
        if (!(ex instanceof LakeFSBadRequestException badRequest)) {
            return false;
        }
        String message = badRequest.getServerMessage();
        return message != null && message.contains("no changes");
    }
}
