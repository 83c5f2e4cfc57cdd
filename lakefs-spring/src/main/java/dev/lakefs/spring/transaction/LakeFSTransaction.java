package dev.lakefs.spring.transaction;

import java.time.Instant;
import java.util.Map;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.WritableObject;
import org.jspecify.annotations.Nullable;

/**
 * An open branch transaction, as seen by the work running in it. Obtain it as the callback argument of
 * {@link LakeFSTransactionTemplate}, from {@link LakeFSTransactions#current()}, or as a method parameter of a
 * {@link LakeFSTransactional} method.
 * <p>
 * The commit message, metadata and tag may be changed while the work runs; they are read when the transaction
 * commits.
 */
public interface LakeFSTransaction {

    /** The transaction id, which is also the id of its ephemeral branch ({@code tx-…}). */
    String id();

    /** The repository id. */
    String repositoryId();

    /** The branch the transaction was opened on: object access through it is routed to {@link #branchId()}. */
    String sourceBranchId();

    /** The ephemeral branch holding the transaction's changes. */
    String branchId();

    /**
     * The ephemeral branch itself. Object access through the source branch is routed here anyway; use this handle
     * to be explicit, or for what is not routed (its {@code uncommitted()} changes, for example, are routed too).
     */
    Branch branch();

    /** An object on the ephemeral branch: {@code branch().object(path)}. */
    default WritableObject object(String path) {
        return branch().object(path);
    }

    /** The commit of the source branch (or parent transaction) the ephemeral branch was created from. */
    String baseCommitId();

    /** When the transaction began. */
    Instant startedAt();

    /** The transaction this one is nested in ({@link Propagation#NESTED}), or {@code null}. */
    @Nullable LakeFSTransaction parent();

    /** The commit message that will be used. */
    String commitMessage();

    /** Replaces the commit message. */
    void setCommitMessage(String commitMessage);

    /** The commit metadata that will be used. */
    Map<String, String> metadata();

    /** Adds or replaces one commit metadata entry. */
    void putMetadata(String key, String value);

    /** The tag that will be created on the merge commit, or {@code null}. */
    @Nullable String tag();

    /** Sets or clears the tag to create on the merge commit. */
    void setTag(@Nullable String tag);

    /**
     * The commit that merged this transaction into its target branch, once it has (for example after the
     * {@link LakeFSTransactional} method that received this handle returned); {@code null} while open, and for
     * transactions that were empty or rolled back.
     */
    @Nullable String mergeCommitId();

    /** How the transaction ended, or {@code null} while it is open. */
    @Nullable TransactionOutcome outcome();

    /** Makes the transaction roll back when its work completes, without an exception reaching the caller. */
    void setRollbackOnly();

    /** Whether the transaction will roll back. */
    boolean isRollbackOnly();
}
