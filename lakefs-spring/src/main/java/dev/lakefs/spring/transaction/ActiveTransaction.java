package dev.lakefs.spring.transaction;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import org.jspecify.annotations.Nullable;

/** The engine's record of an open transaction; the work sees it as a {@link LakeFSTransaction}. */
final class ActiveTransaction implements LakeFSTransaction {

    /** Why a transaction will roll back. */
    enum RollbackMark {

        NONE,

        /** Asked for through {@link #setRollbackOnly()}: rolls back quietly. */
        REQUESTED,

        /** A joined scope failed: the owner's normal completion reports {@link UnexpectedRollbackException}. */
        PARTICIPANT_FAILED
    }

    private final LakeFS lakeFS;

    private final String id;

    private final TransactionDefinition definition;

    private final String mergeTarget;

    private final String baseCommitId;

    private final Instant startedAt;

    private final @Nullable ActiveTransaction parent;

    private final Map<String, String> metadata;

    private volatile String commitMessage;

    private volatile @Nullable String tag;

    private volatile @Nullable String mergeCommitId;

    private volatile @Nullable TransactionOutcome outcome;

    private final AtomicReference<RollbackMark> rollbackMark = new AtomicReference<>(RollbackMark.NONE);

    ActiveTransaction(LakeFS lakeFS, String id, TransactionDefinition definition, String mergeTarget, String baseCommitId,
            Instant startedAt, @Nullable ActiveTransaction parent) {
        this.lakeFS = lakeFS;
        this.id = id;
        this.definition = definition;
        this.mergeTarget = mergeTarget;
        this.baseCommitId = baseCommitId;
        this.startedAt = startedAt;
        this.parent = parent;
        TransactionOptions options = definition.options();
        this.commitMessage = (options.commitMessage() != null) ? options.commitMessage() : "Transaction " + id;
        this.metadata = new LinkedHashMap<>(options.metadata());
        this.tag = options.tag();
    }

    @Override
    public String id() {
        return this.id;
    }

    @Override
    public String repositoryId() {
        return this.definition.repository();
    }

    @Override
    public String sourceBranchId() {
        return this.definition.branch();
    }

    @Override
    public String branchId() {
        return this.id;
    }

    @Override
    public Branch branch() {
        return this.lakeFS.repository(repositoryId()).branch(this.id);
    }

    @Override
    public String baseCommitId() {
        return this.baseCommitId;
    }

    @Override
    public Instant startedAt() {
        return this.startedAt;
    }

    @Override
    public @Nullable ActiveTransaction parent() {
        return this.parent;
    }

    /** The branch this transaction merges into: the source branch, or the parent's branch when nested. */
    String mergeTarget() {
        return this.mergeTarget;
    }

    TransactionOptions options() {
        return this.definition.options();
    }

    /** Whether this transaction routes access to {@code branchId} of {@code repositoryId}. */
    boolean routes(String repositoryId, String branchId) {
        return repositoryId().equals(repositoryId) && sourceBranchId().equals(branchId);
    }

    @Override
    public String commitMessage() {
        return this.commitMessage;
    }

    @Override
    public void setCommitMessage(String commitMessage) {
        this.commitMessage = commitMessage;
    }

    @Override
    public Map<String, String> metadata() {
        synchronized (this.metadata) {
            return Map.copyOf(this.metadata);
        }
    }

    @Override
    public void putMetadata(String key, String value) {
        synchronized (this.metadata) {
            this.metadata.put(key, value);
        }
    }

    @Override
    public @Nullable String tag() {
        return this.tag;
    }

    @Override
    public void setTag(@Nullable String tag) {
        this.tag = (tag == null || tag.isEmpty()) ? null : tag;
    }

    @Override
    public @Nullable String mergeCommitId() {
        return this.mergeCommitId;
    }

    void merged(String mergeCommitId) {
        this.mergeCommitId = mergeCommitId;
    }

    @Override
    public @Nullable TransactionOutcome outcome() {
        return this.outcome;
    }

    void completed(TransactionOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public void setRollbackOnly() {
        this.rollbackMark.compareAndSet(RollbackMark.NONE, RollbackMark.REQUESTED);
    }

    /** Marks the transaction for rollback because a scope that joined it failed. */
    void markParticipantFailed() {
        this.rollbackMark.set(RollbackMark.PARTICIPANT_FAILED);
    }

    RollbackMark rollbackMark() {
        return this.rollbackMark.get();
    }

    @Override
    public boolean isRollbackOnly() {
        return this.rollbackMark.get() != RollbackMark.NONE;
    }

    @Override
    public String toString() {
        return "LakeFSTransaction[" + this.id + " on " + repositoryId() + "/" + sourceBranchId() + "]";
    }
}
