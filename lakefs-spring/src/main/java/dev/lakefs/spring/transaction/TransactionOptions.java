package dev.lakefs.spring.transaction;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lakefs.spring.client.model.MergeStrategy;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * How a transaction commits, merges and rolls back. Immutable; start from {@link #defaults()} and derive with the
 * {@code with…} methods.
 *
 * @param commitMessage the message of the transaction's commit, or {@code null} for
 * {@code "Transaction <ephemeral branch id>"}
 * @param metadata commit metadata, also set on the merge commit
 * @param tag a tag to create on the merge commit, or {@code null}
 * @param squash whether to squash-merge (the source branch gains one commit instead of commit plus merge commit)
 * @param strategy how merge conflicts are resolved, {@code null} to fail on conflicts
 * @param propagation how the transaction relates to one already open on the same repository and branch
 * @param deleteBranchOnFailure whether a rolled back transaction's branch is deleted ({@code false} keeps it)
 * @param rollbackRules which exceptions roll back
 */
public record TransactionOptions(@Nullable String commitMessage, Map<String, String> metadata, @Nullable String tag,
        boolean squash, @Nullable MergeStrategy strategy, Propagation propagation, boolean deleteBranchOnFailure,
        RollbackRules rollbackRules) {

    private static final TransactionOptions DEFAULTS = new TransactionOptions(null, Map.of(), null, false,
            null, Propagation.REQUIRED, true, RollbackRules.defaults());

    public TransactionOptions {
        metadata = Map.copyOf(metadata);
        Assert.notNull(propagation, "propagation must not be null");
        Assert.notNull(rollbackRules, "rollbackRules must not be null");
        commitMessage = emptyToNull(commitMessage);
        tag = emptyToNull(tag);
    }

    /** Default message, no metadata, no tag, plain merge, {@link Propagation#REQUIRED}, delete the branch on failure. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    public TransactionOptions withCommitMessage(@Nullable String commitMessage) {
        return new TransactionOptions(commitMessage, this.metadata, this.tag, this.squash, this.strategy,
                this.propagation, this.deleteBranchOnFailure, this.rollbackRules);
    }

    public TransactionOptions withMetadata(Map<String, String> metadata) {
        return new TransactionOptions(this.commitMessage, metadata, this.tag, this.squash, this.strategy,
                this.propagation, this.deleteBranchOnFailure, this.rollbackRules);
    }

    /** These options with one more metadata entry. */
    public TransactionOptions withMetadata(String key, String value) {
        Map<String, String> merged = new LinkedHashMap<>(this.metadata);
        merged.put(key, value);
        return withMetadata(merged);
    }

    public TransactionOptions withTag(@Nullable String tag) {
        return new TransactionOptions(this.commitMessage, this.metadata, tag, this.squash, this.strategy,
                this.propagation, this.deleteBranchOnFailure, this.rollbackRules);
    }

    public TransactionOptions withSquash(boolean squash) {
        return new TransactionOptions(this.commitMessage, this.metadata, this.tag, squash, this.strategy,
                this.propagation, this.deleteBranchOnFailure, this.rollbackRules);
    }

    public TransactionOptions withStrategy(@Nullable MergeStrategy strategy) {
        return new TransactionOptions(this.commitMessage, this.metadata, this.tag, this.squash, strategy,
                this.propagation, this.deleteBranchOnFailure, this.rollbackRules);
    }

    public TransactionOptions withPropagation(Propagation propagation) {
        return new TransactionOptions(this.commitMessage, this.metadata, this.tag, this.squash, this.strategy,
                propagation, this.deleteBranchOnFailure, this.rollbackRules);
    }

    public TransactionOptions withDeleteBranchOnFailure(boolean deleteBranchOnFailure) {
        return new TransactionOptions(this.commitMessage, this.metadata, this.tag, this.squash, this.strategy,
                this.propagation, deleteBranchOnFailure, this.rollbackRules);
    }

    public TransactionOptions withRollbackRules(RollbackRules rollbackRules) {
        return new TransactionOptions(this.commitMessage, this.metadata, this.tag, this.squash, this.strategy,
                this.propagation, this.deleteBranchOnFailure, rollbackRules);
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return (value == null || value.isEmpty()) ? null : value;
    }
}
