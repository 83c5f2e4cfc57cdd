package dev.lakefs.spring.transaction;

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSConflictException;
import dev.lakefs.spring.client.model.Merge;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.util.Assert;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * The branch transaction engine behind {@link LakeFSTransactional}, {@link LakeFSTransactionTemplate} and
 * {@code Branch.transact(…)}.
 * <p>
 * A new transaction creates a hidden branch {@code tx-…} from the source branch's head and binds it to the current
 * thread (blocking work) or to the subscription's Reactor context (reactive work), so that object access through the
 * source branch is routed to it. When the work completes, pending changes are committed and merged into the source
 * branch (a nested transaction merges into its parent's branch), the optional tag is created on the merge commit and
 * the branch is deleted. When the work fails with an exception that its {@link RollbackRules} roll back on, or when
 * the commit or merge fails, the branch is deleted (or kept, if asked) and the source branch is untouched. The
 * work's own exception always reaches the caller; cleanup failures are added to it as suppressed exceptions.
 * <p>
 * Every transaction is observed as {@code lakefs.transaction} and listed by {@link #openTransactions()} while open.
 */
public final class LakeFSTransactionManager implements LakeFSTransactionMonitor {

    private static final Log logger = LogFactory.getLog(LakeFSTransactionManager.class);

    private static final TransactionObservationConvention DEFAULT_CONVENTION = new DefaultTransactionObservationConvention();

    private final LakeFS lakeFS;

    private final TransactionBranchOperations operations;

    private final Clock clock;

    private final TransactionRegistry registry;

    private final AbandonedTransactionBranches abandonedBranches;

    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

    private @Nullable TransactionObservationConvention observationConvention;

    /**
     * A manager running transactions through {@code lakeFS}; it becomes the one {@link #of(LakeFS)} returns, and so
     * the one {@code Branch.transact(…)} uses.
     */
    public LakeFSTransactionManager(LakeFS lakeFS) {
        this(lakeFS, Clock.systemUTC());
    }

    /** Like {@link #LakeFSTransactionManager(LakeFS)}, aging transactions by {@code clock}. */
    public LakeFSTransactionManager(LakeFS lakeFS, Clock clock) {
        this.lakeFS = lakeFS;
        this.operations = new TransactionBranchOperations(lakeFS.client());
        this.clock = clock;
        this.registry = new TransactionRegistry(clock);
        this.abandonedBranches = new AbandonedTransactionBranches(this.operations, this.registry, clock);
        TransactionManagers.register(lakeFS, this);
    }

    /**
     * The manager last created for {@code lakeFS} (in Spring Boot, the auto-configured bean), or a new one with
     * default settings.
     */
    public static LakeFSTransactionManager of(LakeFS lakeFS) {
        return TransactionManagers.forLakeFS(lakeFS);
    }

    /** Where the {@code lakefs.transaction} observations go; none by default. */
    public void setObservationRegistry(ObservationRegistry observationRegistry) {
        this.observationRegistry = observationRegistry;
    }

    /** Replaces {@link DefaultTransactionObservationConvention}. */
    public void setObservationConvention(@Nullable TransactionObservationConvention observationConvention) {
        this.observationConvention = observationConvention;
    }

    // ---- programmatic API

    /**
     * Runs {@code callback} in a transaction and returns its result once the transaction has committed (or found
     * nothing to commit). Any exception the callback throws, checked or not, rolls back (unless one of the options'
     * {@link RollbackRules} says otherwise) and reaches the caller as it is.
     * @throws E what the callback throws
     * @throws LakeFSTransactionException when lakeFS fails to begin, commit, merge or tag
     * @throws IllegalTransactionStateException when the propagation cannot be honoured
     */
    @SuppressWarnings("unchecked")
    public <T extends @Nullable Object, E extends Exception> T execute(TransactionDefinition definition,
            TransactionCallback<T, E> callback) throws E {
        requireTransaction(definition);
        try {
            return invoke(programmatic(definition), (transaction) -> callback.doInTransaction(nonNull(transaction)));
        }
        catch (RuntimeException | Error ex) {
            throw ex;
        }
        catch (Exception ex) {
            // the engine throws unchecked exceptions only: a checked one is the callback's
            throw (E) ex;
        }
        catch (Throwable ex) {
            throw new UndeclaredThrowableException(ex);
        }
    }

    /**
     * A {@code Mono} that, per subscription, runs the publisher {@code work} returns in a transaction; the transaction
     * completes when that publisher does, and cancelling the subscription rolls it back. Any error rolls back (unless
     * one of the options' {@link RollbackRules} says otherwise).
     */
    public <T> Mono<T> executeMono(TransactionDefinition definition,
            Function<LakeFSTransaction, ? extends Mono<T>> work) {
        requireTransaction(definition);
        return invokeMono(programmatic(definition), (transaction) -> work.apply(nonNull(transaction)));
    }

    /** Like {@link #executeMono}, for a {@code Flux}: the transaction spans the whole stream. */
    public <T> Flux<T> executeFlux(TransactionDefinition definition,
            Function<LakeFSTransaction, ? extends Publisher<T>> work) {
        requireTransaction(definition);
        return invokeFlux(programmatic(definition), (transaction) -> work.apply(nonNull(transaction)));
    }

    /**
     * The definition with the programmatic API's rollback rules: work passed as a callback fails by throwing, so
     * every exception rolls back unless a rule says otherwise (the annotation keeps spring-tx's defaults).
     */
    private static TransactionDefinition programmatic(TransactionDefinition definition) {
        TransactionOptions options = definition.options();
        return new TransactionDefinition(definition.repository(), definition.branch(),
                options.withRollbackRules(options.rollbackRules().orElseRollbackOnAll()));
    }

    private static void requireTransaction(TransactionDefinition definition) {
        Assert.isTrue(definition.options().propagation() != Propagation.NEVER,
                "Propagation.NEVER runs no transaction to hand to the work: call the code directly");
    }

    private static LakeFSTransaction nonNull(@Nullable LakeFSTransaction transaction) {
        Assert.state(transaction != null, "No transaction");
        return transaction;
    }

    // ---- engine entry points (the interceptor uses these)

    <T extends @Nullable Object> T invoke(TransactionDefinition definition, TransactionWork<T> work)
            throws Throwable {
        TransactionContext previous = TransactionContextHolder.current();
        Scope scope = Await.result(open(definition, previous));
        Assert.state(scope != null, "No transaction scope");
        T result;
        TransactionContextHolder.bind(scope.context());
        try {
            result = work.run(scope.transaction());
        }
        catch (Throwable ex) {
            TransactionContextHolder.restore(previous);
            Await.result(completeAfterError(scope, ex));
            throw ex;
        }
        finally {
            TransactionContextHolder.restore(previous);
        }
        Await.result(complete(scope));
        return result;
    }

    <T> Mono<T> invokeMono(TransactionDefinition definition,
            Function<@Nullable LakeFSTransaction, ? extends Publisher<T>> work) {
        return Mono.usingWhen(Mono.deferContextual((view) -> open(definition, contextOf(view))),
                (scope) -> Mono.from(boundWork(scope, work))
                    .subscribeOn(Schedulers.boundedElastic())
                    .contextWrite((context) -> bindTo(context, scope)),
                this::complete, this::completeAfterError, this::cancel);
    }

    <T> Flux<T> invokeFlux(TransactionDefinition definition,
            Function<@Nullable LakeFSTransaction, ? extends Publisher<T>> work) {
        return Flux.usingWhen(Mono.deferContextual((view) -> open(definition, contextOf(view))),
                (scope) -> Flux.from(boundWork(scope, work))
                    .subscribeOn(Schedulers.boundedElastic())
                    .contextWrite((context) -> bindTo(context, scope)),
                this::complete, this::completeAfterError, this::cancel);
    }

    /**
     * The work's publisher, created and subscribed with the transaction bound to the thread, so that blocking code
     * that runs while the work is assembled or subscribed (a method body, {@code Mono.fromCallable}) is routed. Both
     * happen on {@code boundedElastic}, never on an HTTP event loop, because such code commonly uses the blocking
     * high-level API. Later operators on other threads see the transaction in the Reactor context, and in the thread
     * too when Reactor's automatic context propagation is on ({@link TransactionContextThreadLocalAccessor}).
     */
    private static <T> Publisher<T> boundWork(Scope scope,
            Function<@Nullable LakeFSTransaction, ? extends Publisher<T>> work) {
        return (subscriber) -> {
            TransactionContext previous = TransactionContextHolder.bind(scope.context());
            try {
                Publisher<T> publisher;
                try {
                    publisher = work.apply(scope.transaction());
                }
                catch (RuntimeException | Error ex) {
                    publisher = Flux.error(ex);
                }
                Flux.from(publisher).subscribe(subscriber);
            }
            finally {
                TransactionContextHolder.restore(previous);
            }
        };
    }

    private static @Nullable TransactionContext contextOf(ContextView view) {
        TransactionContext context = TransactionContextHolder.fromReactorContext(view);
        // A pipeline subscribed from blocking transactional code joins that code's transactions.
        return (context != null) ? context : TransactionContextHolder.current();
    }

    private static Context bindTo(Context context, Scope scope) {
        TransactionContext bound = scope.context();
        return (bound != null) ? context.put(TransactionContextHolder.CONTEXT_KEY, bound) : context;
    }

    // ---- propagation

    private Mono<Scope> open(TransactionDefinition definition, @Nullable TransactionContext current) {
        ActiveTransaction existing = TransactionContext.find(current, definition.repository(), definition.branch());
        return switch (definition.options().propagation()) {
            case REQUIRED -> (existing != null) ? join(definition, existing, current) : begin(definition, current, null);
            case MANDATORY -> (existing != null) ? join(definition, existing, current)
                    : Mono.error(new IllegalTransactionStateException("Propagation MANDATORY, but no lakeFS transaction is open on "
                            + definition.repository() + "/" + definition.branch()));
            case NEVER -> (existing != null)
                    ? Mono.error(new IllegalTransactionStateException("Propagation NEVER, but lakeFS transaction "
                            + existing.id() + " is open on " + definition.repository() + "/" + definition.branch()))
                    : Mono.just(new Scope(definition, null, false, current, null));
            case REQUIRES_NEW -> begin(definition, current, null);
            case NESTED -> begin(definition, current, existing);
        };
    }

    private static Mono<Scope> join(TransactionDefinition definition, ActiveTransaction existing,
            @Nullable TransactionContext current) {
        return Mono.just(new Scope(definition, existing, false, current, null));
    }

    private Mono<Scope> begin(TransactionDefinition definition, @Nullable TransactionContext current,
            @Nullable ActiveTransaction parent) {
        return Mono.defer(() -> {
            Instant now = this.clock.instant();
            String id = TransactionBranchNames.newName(now);
            String repository = definition.repository();
            TransactionObservationContext observationContext = new TransactionObservationContext(repository,
                    definition.branch());
            observationContext.setTransactionId(id);
            Observation observation = Observation
                .createNotStarted(this.observationConvention, DEFAULT_CONVENTION, () -> observationContext,
                        this.observationRegistry)
                .start();
            String source = (parent != null) ? parent.branchId() : definition.branch();
            Mono<Boolean> savepoint = (parent != null) ? this.operations.commitPending(repository, parent.branchId(),
                    "Savepoint before nested transaction " + id, parent.metadata()) : Mono.just(false);
            return savepoint.then(this.operations.createBranch(repository, id, source)).map((baseCommitId) -> {
                ActiveTransaction transaction = new ActiveTransaction(this.lakeFS, id, definition, source, baseCommitId, now, parent);
                this.registry.register(transaction);
                return new Scope(definition, transaction, true, TransactionContext.push(current, transaction),
                        observation);
            }).onErrorMap((ex) -> new TransactionBeginException("Could not begin a lakeFS transaction on " + repository
                    + "/" + definition.branch() + ": " + ex.getMessage(), repository, definition.branch(), id, ex))
                .doOnError((ex) -> stop(observation, TransactionOutcome.FAILED, ex));
        });
    }

    // ---- completion

    private Mono<Void> complete(Scope scope) {
        ActiveTransaction transaction = scope.transaction();
        if (!scope.newTransaction() || transaction == null) {
            return Mono.empty();
        }
        return switch (transaction.rollbackMark()) {
            case NONE -> commitAndMerge(scope, transaction);
            case REQUESTED -> rollback(scope, transaction, null);
            case PARTICIPANT_FAILED -> {
                UnexpectedRollbackException ex = new UnexpectedRollbackException("Transaction " + transaction.id()
                        + " rolled back because a scope that joined it failed", transaction.repositoryId(),
                        transaction.sourceBranchId(), transaction.branchId());
                yield rollback(scope, transaction, ex).then(Mono.error(ex));
            }
        };
    }

    private Mono<Void> completeAfterError(Scope scope, Throwable error) {
        ActiveTransaction transaction = scope.transaction();
        if (transaction == null) {
            return Mono.empty();
        }
        boolean rollback = scope.definition().options().rollbackRules().rollbackOn(error);
        if (!scope.newTransaction()) {
            if (rollback) {
                transaction.markParticipantFailed();
            }
            return Mono.empty();
        }
        if (rollback) {
            return rollback(scope, transaction, error);
        }
        // The rules say commit: a failure to do so must not replace the work's own exception.
        return complete(scope).onErrorResume((commitFailure) -> {
            error.addSuppressed(commitFailure);
            return Mono.empty();
        });
    }

    private Mono<Void> cancel(Scope scope) {
        ActiveTransaction transaction = scope.transaction();
        if (transaction == null) {
            return Mono.empty();
        }
        if (!scope.newTransaction()) {
            transaction.markParticipantFailed();
            return Mono.empty();
        }
        return rollback(scope, transaction, null);
    }

    private Mono<Void> commitAndMerge(Scope scope, ActiveTransaction transaction) {
        String repository = transaction.repositoryId();
        String tag = transaction.tag();
        return checkTagAvailable(transaction, tag)
            .then(hasChanges(transaction))
            .flatMap((changed) -> changed ? merge(transaction, tag) : Mono.just(TransactionOutcome.EMPTY))
            .flatMap((outcome) -> deleteAfterSuccess(transaction).then(Mono.fromRunnable(() -> finish(scope, outcome, null))))
            .onErrorResume((failure) -> {
                if (failure instanceof TransactionTagException tagFailure && tagFailure.getMergeCommitId() != null) {
                    // The merge stands; only the tag is missing.
                    return deleteAfterSuccess(transaction)
                        .then(Mono.fromRunnable(() -> finish(scope, TransactionOutcome.FAILED, failure)))
                        .then(Mono.error(failure));
                }
                return discard(transaction, failure)
                    .then(Mono.fromRunnable(() -> finish(scope, outcomeOf(failure), failure)))
                    .then(Mono.error(failure));
            })
            .then()
            .doOnSuccess((ignored) -> logger.debug("Completed lakeFS transaction " + transaction.id() + " on "
                    + repository + "/" + transaction.mergeTarget()));
    }

    private Mono<Void> checkTagAvailable(ActiveTransaction transaction, @Nullable String tag) {
        if (tag == null) {
            return Mono.empty();
        }
        return this.operations.tagExists(transaction.repositoryId(), tag)
            .onErrorMap((ex) -> new TransactionTagException("Could not check tag '" + tag + "' of transaction "
                    + transaction.id() + ": " + ex.getMessage(), transaction.repositoryId(),
                    transaction.sourceBranchId(), transaction.branchId(), tag, null, ex))
            .flatMap((exists) -> exists ? Mono.error(new TransactionTagException("Tag '" + tag
                    + "' already exists; transaction " + transaction.id() + " rolled back", transaction.repositoryId(),
                    transaction.sourceBranchId(), transaction.branchId(), tag, null, null)) : Mono.empty());
    }

    /** Commits pending changes; emits whether the branch holds anything to merge. */
    private Mono<Boolean> hasChanges(ActiveTransaction transaction) {
        String repository = transaction.repositoryId();
        return this.operations
            .commitPending(repository, transaction.branchId(), transaction.commitMessage(), transaction.metadata())
            .flatMap((committed) -> committed ? Mono.just(true)
                    : this.operations.head(repository, transaction.branchId())
                        .map((head) -> !head.equals(transaction.baseCommitId())))
            .onErrorMap((ex) -> new TransactionCommitException("Could not commit transaction " + transaction.id()
                    + ": " + ex.getMessage(), repository, transaction.sourceBranchId(), transaction.branchId(), ex));
    }

    private Mono<TransactionOutcome> merge(ActiveTransaction transaction, @Nullable String tag) {
        return this.operations
            .merge(transaction.repositoryId(), transaction.branchId(), transaction.mergeTarget(),
                    mergeRequest(transaction), transaction.id())
            .onErrorResume((ex) -> mergeFailure(transaction, ex))
            .doOnNext(transaction::merged)
            .flatMap((mergeCommitId) -> createTag(transaction, tag, mergeCommitId))
            .defaultIfEmpty(TransactionOutcome.EMPTY);
    }

    private static Merge mergeRequest(ActiveTransaction transaction) {
        Map<String, String> metadata = new LinkedHashMap<>(transaction.metadata());
        metadata.put(TransactionBranchOperations.TRANSACTION_ID_METADATA, transaction.id());
        boolean squash = transaction.options().squash();
        // A squash merge commit is the only commit the source branch gains, so it carries the transaction's message.
        String message = squash ? transaction.commitMessage()
                : "Merge transaction " + transaction.id() + " into " + transaction.mergeTarget();
        return new Merge(message, metadata, transaction.options().strategy(), false, false, squash);
    }

    private Mono<String> mergeFailure(ActiveTransaction transaction, Throwable ex) {
        String repository = transaction.repositoryId();
        if (ex instanceof LakeFSConflictException) {
            return this.operations.conflictingPaths(repository, transaction.branchId(), transaction.mergeTarget())
                .flatMap((paths) -> Mono.error(new TransactionConflictException(describeConflict(transaction, paths),
                        repository, transaction.sourceBranchId(), transaction.branchId(), paths, ex)));
        }
        return Mono.error(new TransactionMergeException("Could not merge transaction " + transaction.id() + " into "
                + transaction.mergeTarget() + ": " + ex.getMessage(), repository, transaction.sourceBranchId(),
                transaction.branchId(), ex));
    }

    private static String describeConflict(ActiveTransaction transaction, List<String> paths) {
        String target = transaction.repositoryId() + "/" + transaction.mergeTarget();
        if (paths.isEmpty()) {
            return "Transaction " + transaction.id() + " conflicts with changes merged into " + target
                    + " since it began";
        }
        int shown = Math.min(paths.size(), 10);
        String more = (paths.size() > shown) ? " and " + (paths.size() - shown) + " more" : "";
        return "Transaction " + transaction.id() + " conflicts with changes merged into " + target
                + " since it began, on " + String.join(", ", paths.subList(0, shown)) + more;
    }

    private Mono<TransactionOutcome> createTag(ActiveTransaction transaction, @Nullable String tag,
            String mergeCommitId) {
        if (tag == null) {
            return Mono.just(TransactionOutcome.COMMITTED);
        }
        return this.operations.createTag(transaction.repositoryId(), tag, mergeCommitId)
            .onErrorMap((ex) -> new TransactionTagException("Transaction " + transaction.id() + " was merged as "
                    + mergeCommitId + " but tag '" + tag + "' could not be created: " + ex.getMessage(),
                    transaction.repositoryId(), transaction.sourceBranchId(), transaction.branchId(), tag,
                    mergeCommitId, ex))
            .thenReturn(TransactionOutcome.COMMITTED);
    }

    /** Rolls back on the work's behalf: {@code error} (if any) is the work's exception and keeps its identity. */
    private Mono<Void> rollback(Scope scope, ActiveTransaction transaction, @Nullable Throwable error) {
        return discard(transaction, error)
            .then(Mono.fromRunnable(() -> finish(scope, TransactionOutcome.ROLLED_BACK, error)));
    }

    /** Deletes (or keeps, if so configured) the branch of a failed transaction; never fails. */
    private Mono<Void> discard(ActiveTransaction transaction, @Nullable Throwable cause) {
        if (!transaction.options().deleteBranchOnFailure()) {
            logger.info("Kept branch " + transaction.branchId() + " of rolled back lakeFS transaction on "
                    + transaction.repositoryId() + "/" + transaction.sourceBranchId());
            return Mono.empty();
        }
        return this.operations.deleteBranch(transaction.repositoryId(), transaction.branchId())
            .onErrorResume((ex) -> {
                if (cause != null) {
                    cause.addSuppressed(ex);
                }
                logger.warn("Could not delete branch " + transaction.branchId() + " of rolled back transaction; "
                        + "cleanUpAbandoned removes it later", ex);
                return Mono.empty();
            });
    }

    /** Deletes the branch of a merged transaction; a failure is only logged: the data is merged. */
    private Mono<Void> deleteAfterSuccess(ActiveTransaction transaction) {
        return this.operations.deleteBranch(transaction.repositoryId(), transaction.branchId())
            .onErrorResume((ex) -> {
                logger.warn("Could not delete branch " + transaction.branchId() + " of completed transaction; "
                        + "cleanUpAbandoned removes it later", ex);
                return Mono.empty();
            });
    }

    private void finish(Scope scope, TransactionOutcome outcome, @Nullable Throwable error) {
        ActiveTransaction transaction = scope.transaction();
        if (transaction != null) {
            transaction.completed(outcome);
            this.registry.unregister(transaction);
        }
        Observation observation = scope.observation();
        if (observation != null) {
            stop(observation, outcome, error);
        }
    }

    private static void stop(Observation observation, TransactionOutcome outcome, @Nullable Throwable error) {
        if (observation.getContext() instanceof TransactionObservationContext context) {
            context.setOutcome(outcome);
        }
        if (error != null) {
            observation.error(error);
        }
        observation.stop();
    }

    private static TransactionOutcome outcomeOf(Throwable failure) {
        if (failure instanceof TransactionConflictException) {
            return TransactionOutcome.CONFLICT;
        }
        return (failure instanceof LakeFSTransactionException) ? TransactionOutcome.FAILED
                : TransactionOutcome.ROLLED_BACK;
    }

    // ---- monitoring

    @Override
    public List<OpenTransaction> openTransactions() {
        return this.registry.openTransactions();
    }

    @Override
    public CleanupReport cleanUpAbandoned(String repositoryId, Duration olderThan) {
        return this.abandonedBranches.cleanUp(repositoryId, olderThan);
    }

    /**
     * One transactional scope: a new transaction, a joined one, or none ({@link Propagation#NEVER}).
     *
     * @param definition what the scope asked for
     * @param transaction the transaction it runs in, or {@code null}
     * @param newTransaction whether this scope began the transaction and so completes it
     * @param context the transactions bound while the scope's work runs
     * @param observation the transaction's observation, for new transactions
     */
    private record Scope(TransactionDefinition definition, @Nullable ActiveTransaction transaction,
            boolean newTransaction, @Nullable TransactionContext context, @Nullable Observation observation) {
    }
}
