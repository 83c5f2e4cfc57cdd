package dev.lakefs.spring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.lakefs.spring.client.LakeFSConflictException;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.CherryPickCreation;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.ObjectError;
import dev.lakefs.spring.client.model.ResetCreation;
import dev.lakefs.spring.client.model.RevertCreation;
import dev.lakefs.spring.transaction.LakeFSTransaction;
import dev.lakefs.spring.transaction.LakeFSTransactionManager;
import dev.lakefs.spring.transaction.TransactionAction;
import dev.lakefs.spring.transaction.TransactionCallback;
import dev.lakefs.spring.transaction.TransactionContextHolder;
import dev.lakefs.spring.transaction.TransactionDefinition;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A lakeFS branch: the Python SDK's {@code lakefs.Branch}. A {@link Ref} that can be written to, committed,
 * reverted, reset and imported into. Obtained from {@link Repository#branch(String)}; making one sends no request.
 * <pre>{@code
 * Branch exp = repo.branch("experiment1").create("main");
 * exp.object("text/sample_data.txt").upload("This is my object data", MediaType.TEXT_PLAIN);
 * exp.uncommitted().forEach(System.out::println);
 * Commit commit = exp.commit("Add some data!", Map.of("using", "java"));
 * String mergeCommitId = exp.mergeInto(repo.branch("main"));
 * }</pre>
 * While a transaction is open on this branch in the current thread, object operations ({@link #object(String)},
 * {@link #objects}, {@link #uncommitted}, {@link #deleteObjects}, {@link #resetChanges}) go to the transaction's
 * branch; branch operations (create, delete, commit, merge...) act on this branch.
 */
public final class Branch extends Ref {

    /** lakeFS's limit on paths per bulk delete request. */
    private static final int DELETE_BATCH_SIZE = 1000;

    Branch(Repository repository, String id) {
        super(repository, id);
    }

    @Override
    String objectRefId() {
        return TransactionContextHolder.routedBranchId(repositoryId(), id());
    }

    /**
     * Creates the branch from a source ref, failing with {@link LakeFSConflictException} when it exists.
     * @param sourceRef a branch, tag, commit id or ref expression
     * @return this branch
     */
    public Branch create(String sourceRef) {
        return create(sourceRef, CreateBranchOptions.defaults());
    }

    /**
     * Creates the branch from a source ref, failing when it exists.
     * @param source the source ref
     * @return this branch
     */
    public Branch create(Ref source) {
        return create(source.id(), CreateBranchOptions.defaults());
    }

    /**
     * Creates the branch from a source ref: exist-ok, hidden, force from the options.
     * @param source the source ref
     * @param options the options
     * @return this branch
     */
    public Branch create(Ref source, CreateBranchOptions options) {
        return create(source.id(), options);
    }

    /**
     * Creates the branch from a source ref. With {@link CreateBranchOptions#existOk() existOk}, an existing branch
     * is used as it is (the Python SDK's {@code exist_ok=True}); its head is not moved.
     * @param sourceRef the source: a branch, tag, commit id or ref expression
     * @param options the options
     * @return this branch
     */
    public Branch create(String sourceRef, CreateBranchOptions options) {
        LakeFSNames.requireRef(sourceRef);
        try {
            Blocking.get(client().createBranch(repositoryId(),
                    new BranchCreation(id(), sourceRef, options.force(), options.hidden())));
        }
        catch (LakeFSConflictException ex) {
            if (!options.existOk()) {
                throw ex;
            }
        }
        return this;
    }

    /**
     * Whether the branch exists.
     * @return whether it exists
     */
    @Override
    public boolean exists() {
        try {
            Blocking.get(client().getBranch(repositoryId(), id()));
            return true;
        }
        catch (LakeFSNotFoundException ex) {
            return false;
        }
    }

    /**
     * The commit the branch points at now, as a ref that stays on that commit.
     * @return the ref handle
     */
    public Ref head() {
        return repository().ref(Blocking.get(client().getBranch(repositoryId(), id())).commitId());
    }

    /** Deletes the branch (not the repository's default branch). */
    public void delete() {
        delete(DeleteOptions.defaults());
    }

    /**
     * Deletes the branch.
     * @param options force from the options
     */
    public void delete(DeleteOptions options) {
        Blocking.run(client().deleteBranch(repositoryId(), id(), options.force()));
    }

    /**
     * Commits the branch's uncommitted changes.
     * @param message the commit message
     * @return the new commit
     * @throws dev.lakefs.spring.client.LakeFSBadRequestException when there is nothing to commit ("no changes")
     */
    public Commit commit(String message) {
        return commit(message, CommitOptions.defaults());
    }

    /**
     * Commits the branch's uncommitted changes with metadata.
     * @param message the commit message
     * @param metadata the commit metadata
     * @return the commit
     */
    public Commit commit(String message, Map<String, String> metadata) {
        return commit(message, CommitOptions.defaults().withMetadata(metadata));
    }

    /**
     * Commits the branch's uncommitted changes: metadata, allow-empty, date, force from the options.
     * @param message the commit message
     * @param options the options
     * @return the commit
     */
    public Commit commit(String message, CommitOptions options) {
        CommitCreation creation = new CommitCreation(message, options.metadata(), options.date(),
                options.allowEmpty(), options.force());
        return Blocking.get(client().commit(repositoryId(), id(), creation));
    }

    /**
     * A handle on an object of this branch, for reading and writing; no request is made.
     * @param path the object path
     * @return the object handle
     */
    @Override
    public WritableObject object(String path) {
        return new WritableObject(this, LakeFSNames.requirePath(path));
    }

    /**
     * All uncommitted changes of the branch, lazily, sorted by path.
     * @return the lazy listing
     */
    public Listing<Diff> uncommitted() {
        return uncommitted(ListOptions.defaults());
    }

    /**
     * Uncommitted changes of the branch, lazily: prefix, delimiter, start, page size and cap from the options.
     * @param options the options
     * @return the lazy listing
     */
    public Listing<Diff> uncommitted(ListOptions options) {
        return Listing.of(client().diffBranch(repositoryId(), objectRefId(), options));
    }

    /** Discards all uncommitted changes. */
    public void resetChanges() {
        reset(ResetCreation.all());
    }

    /**
     * Discards the uncommitted changes of one object.
     * @param path the object path
     */
    public void resetObject(String path) {
        reset(ResetCreation.object(LakeFSNames.requirePath(path)));
    }

    /**
     * Discards the uncommitted changes under a prefix.
     * @param prefix the path prefix
     */
    public void resetPrefix(String prefix) {
        reset(ResetCreation.prefix(prefix));
    }

    private void reset(ResetCreation reset) {
        Blocking.run(client().resetBranch(repositoryId(), objectRefId(), reset));
    }

    /**
     * Deletes objects in batches of 1000; missing objects are not errors.
     * @param paths the object paths
     * @return the paths that could not be deleted, with the reason (empty when all went)
     */
    public List<ObjectError> deleteObjects(Iterable<String> paths) {
        List<ObjectError> errors = new ArrayList<>();
        List<String> batch = new ArrayList<>(DELETE_BATCH_SIZE);
        for (String path : paths) {
            batch.add(LakeFSNames.requirePath(path));
            if (batch.size() == DELETE_BATCH_SIZE) {
                errors.addAll(deleteBatch(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            errors.addAll(deleteBatch(batch));
        }
        return errors;
    }

    /**
     * Deletes objects; missing objects are not errors.
     * @param paths the object paths
     * @return the paths that could not be deleted, with the reason (empty when all went)
     */
    public List<ObjectError> deleteObjects(String... paths) {
        return deleteObjects(Arrays.asList(paths));
    }

    private List<ObjectError> deleteBatch(List<String> batch) {
        return Blocking.get(client().deleteObjects(repositoryId(), objectRefId(), List.copyOf(batch), false)).errors();
    }

    /**
     * Commits the inverse of a commit onto this branch.
     * @param commit the commit to revert
     * @return the branch's new head commit
     */
    public Commit revert(Ref commit) {
        return revert(commit.id(), 0);
    }

    /**
     * Commits the inverse of a commit onto this branch.
     * @param commitRef the commit to revert: a commit id or any ref expression
     * @return the branch's new head commit
     */
    public Commit revert(String commitRef) {
        return revert(commitRef, 0);
    }

    /**
     * Commits the inverse of a merge commit onto this branch, against one of its parents.
     * @param commit the commit to revert
     * @param parentNumber for a merge commit, the 1-based parent to revert against; 0 otherwise
     * @return the branch's new head commit
     */
    public Commit revert(Ref commit, int parentNumber) {
        return revert(commit.id(), parentNumber);
    }

    /**
     * Commits the inverse of a commit onto this branch: the Python SDK's {@code revert(reference, parent_number)}.
     * @param commitRef the commit to revert: a commit id or any ref expression
     * @param parentNumber for a merge commit, the 1-based parent to revert against; 0 otherwise
     * @return the branch's new head commit
     */
    public Commit revert(String commitRef, int parentNumber) {
        LakeFSNames.requireRef(commitRef);
        requireParentNumber(parentNumber);
        Blocking.run(client().revertBranch(repositoryId(), id(),
                new RevertCreation(commitRef, parentNumber, null, false, false)));
        return getCommit();
    }

    /**
     * Applies a commit's changes onto this branch as a new commit.
     * @param commit the commit to apply
     * @return the new commit
     */
    public Commit cherryPick(Ref commit) {
        return cherryPick(commit.id(), 0);
    }

    /**
     * Applies a commit's changes onto this branch as a new commit.
     * @param commitRef the commit to apply: a commit id or any ref expression
     * @return the new commit
     */
    public Commit cherryPick(String commitRef) {
        return cherryPick(commitRef, 0);
    }

    /**
     * Applies a merge commit's changes, relative to one of its parents, onto this branch as a new commit.
     * @param commit the commit to apply
     * @param parentNumber for a merge commit, the 1-based parent to diff against; 0 otherwise
     * @return the new commit
     */
    public Commit cherryPick(Ref commit, int parentNumber) {
        return cherryPick(commit.id(), parentNumber);
    }

    /**
     * Applies a commit's changes onto this branch as a new commit: the Python SDK's
     * {@code cherry_pick(reference, parent_number)}.
     * @param commitRef the commit to apply: a commit id or any ref expression
     * @param parentNumber for a merge commit, the 1-based parent to diff against; 0 otherwise
     * @return the new commit
     */
    public Commit cherryPick(String commitRef, int parentNumber) {
        LakeFSNames.requireRef(commitRef);
        requireParentNumber(parentNumber);
        return Blocking.get(client().cherryPick(repositoryId(), id(),
                new CherryPickCreation(commitRef, (parentNumber > 0) ? parentNumber : null, null, false)));
    }

    private static void requireParentNumber(int parentNumber) {
        if (parentNumber < 0) {
            throw new IllegalArgumentException("parentNumber must not be negative, but was " + parentNumber);
        }
    }

    /**
     * Starts describing an import of object-store data into this branch, committed with a message.
     * <pre>{@code
     * ImportStatus status = branch.importData("added public S3 data")
     *     .prefix("s3://example-bucket1/path1/", "datasets/path1/")
     *     .run((progress) -> System.out.println(progress.ingestedObjects()));
     * }</pre>
     * @param commitMessage the import commit's message
     * @return the import manager
     */
    public ImportManager importData(String commitMessage) {
        return importData(commitMessage, Map.of());
    }

    /**
     * Starts describing an import into this branch, committed with a message and metadata.
     * @param commitMessage the import commit's message
     * @param commitMetadata the import commit's metadata
     * @return the import manager
     */
    public ImportManager importData(String commitMessage, Map<String, String> commitMetadata) {
        return new ImportManager(this, commitMessage, commitMetadata);
    }

    /**
     * Runs {@code work} in a branch transaction on this branch with default options: a hidden branch is created from
     * this branch's head, object access through this branch is routed to it while {@code work} runs, and its changes
     * are committed and merged into this branch when {@code work} returns. If {@code work} throws (a checked exception
     * too), nothing is merged, the hidden branch is deleted and the exception reaches the caller as it is. See
     * {@link LakeFSTransactionManager}.
     * <pre>{@code
     * long rows = branch.transact((tx) -> loader.load(branch));
     * }</pre>
     * @param <T> the result type
     * @param <E> the checked exception {@code work} may throw
     * @param work the work
     * @return what {@code work} returned
     * @throws E what {@code work} throws, after rolling back
     */
    public <T extends @Nullable Object, E extends Exception> T transact(TransactionCallback<T, E> work) throws E {
        return transact(TransactionOptions.defaults(), work);
    }

    /**
     * Runs {@code work} in a branch transaction on this branch with {@code options} (commit message, metadata, tag,
     * squash, strategy, propagation, rollback rules): the Python SDK's {@code with branch.transact(...) as tx}.
     * <pre>{@code
     * branch.transact(TransactionOptions.defaults().withCommitMessage("my tx"),
     *         (tx) -> tx.object("new_object").upload("new object data"));
     * }</pre>
     * @param <T> the result type
     * @param <E> the checked exception {@code work} may throw
     * @param options the options
     * @param work the work
     * @return what {@code work} returned
     * @throws E what {@code work} throws, after rolling back
     */
    public <T extends @Nullable Object, E extends Exception> T transact(TransactionOptions options,
            TransactionCallback<T, E> work) throws E {
        return transactionManager().execute(definition(options), work);
    }

    /**
     * Like {@link #transact(TransactionCallback)} for work without a result.
     * @param <E> the checked exception {@code work} may throw
     * @param work the work
     * @throws E what {@code work} throws, after rolling back
     */
    public <E extends Exception> void transactWithoutResult(TransactionAction<E> work) throws E {
        transactWithoutResult(TransactionOptions.defaults(), work);
    }

    /**
     * Like {@link #transact(TransactionOptions, TransactionCallback)} for work without a result.
     * @param <E> the checked exception {@code work} may throw
     * @param options the options
     * @param work the work
     * @throws E what {@code work} throws, after rolling back
     */
    public <E extends Exception> void transactWithoutResult(TransactionOptions options, TransactionAction<E> work)
            throws E {
        transact(options, (transaction) -> {
            work.doInTransaction(transaction);
            return null;
        });
    }

    /**
     * A {@code Mono} that, per subscription, runs the publisher {@code work} returns in a branch transaction on this
     * branch, for WebFlux code: the transaction commits and merges when that publisher completes, and rolls back when
     * it errors or the subscription is cancelled. Nothing happens until the {@code Mono} is subscribed.
     * <pre>{@code
     * Mono<ObjectStats> saved = branch.transactMono((tx) -> Mono.fromCallable(() -> tx.object("a").upload("a")));
     * }</pre>
     * @param <T> the result type
     * @param work produces the transaction's publisher
     * @return the transactional {@code Mono}
     */
    public <T> Mono<T> transactMono(Function<LakeFSTransaction, ? extends Mono<T>> work) {
        return transactMono(TransactionOptions.defaults(), work);
    }

    /**
     * Like {@link #transactMono(Function)}, with options.
     * @param <T> the result type
     * @param options the options
     * @param work produces the transaction's publisher
     * @return the transactional {@code Mono}
     */
    public <T> Mono<T> transactMono(TransactionOptions options, Function<LakeFSTransaction, ? extends Mono<T>> work) {
        return Mono.defer(() -> transactionManager().executeMono(definition(options), work));
    }

    /**
     * Like {@link #transactMono(Function)} for a {@code Flux}: the transaction spans the whole stream.
     * @param <T> the element type
     * @param work produces the transaction's publisher
     * @return the transactional {@code Flux}
     */
    public <T> Flux<T> transactFlux(Function<LakeFSTransaction, ? extends Publisher<T>> work) {
        return transactFlux(TransactionOptions.defaults(), work);
    }

    /**
     * Like {@link #transactFlux(Function)}, with options.
     * @param <T> the element type
     * @param options the options
     * @param work produces the transaction's publisher
     * @return the transactional {@code Flux}
     */
    public <T> Flux<T> transactFlux(TransactionOptions options,
            Function<LakeFSTransaction, ? extends Publisher<T>> work) {
        return Flux.defer(() -> transactionManager().executeFlux(definition(options), work));
    }

    private LakeFSTransactionManager transactionManager() {
        return LakeFSTransactionManager.of(lakeFS());
    }

    private TransactionDefinition definition(TransactionOptions options) {
        return new TransactionDefinition(repositoryId(), id(), options);
    }
}
