package dev.lakefs.spring.transaction;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Runs code in branch transactions on one repository and branch, like spring-tx's {@code TransactionTemplate}:
 * <pre class="code">
 * LakeFSTransactionTemplate template = new LakeFSTransactionTemplate(manager, "example-repo", "main")
 *     .withOptions(TransactionOptions.defaults().withCommitMessage("nightly load"));
 * long rows = template.execute((tx) -&gt; loader.load(tx.branchId()));
 * </pre>
 * Immutable and thread-safe. Every exception the callback throws rolls back (subject to the options'
 * {@link RollbackRules}) and reaches the caller unchanged.
 */
public final class LakeFSTransactionTemplate {

    private final LakeFSTransactionManager transactionManager;

    private final TransactionDefinition definition;

    /** A template for {@code repository}/{@code branch} with {@link TransactionOptions#defaults()}. */
    public LakeFSTransactionTemplate(LakeFSTransactionManager transactionManager, String repository, String branch) {
        this(transactionManager, TransactionDefinition.of(repository, branch));
    }

    /** A template for {@code definition}. */
    public LakeFSTransactionTemplate(LakeFSTransactionManager transactionManager, TransactionDefinition definition) {
        this.transactionManager = transactionManager;
        this.definition = definition;
    }

    /** A template like this one with other options. */
    public LakeFSTransactionTemplate withOptions(TransactionOptions options) {
        return new LakeFSTransactionTemplate(this.transactionManager,
                new TransactionDefinition(this.definition.repository(), this.definition.branch(), options));
    }

    /** What this template runs transactions on. */
    public TransactionDefinition getDefinition() {
        return this.definition;
    }

    /** Runs {@code callback} in a transaction; see {@link LakeFSTransactionManager#execute}. */
    public <T extends @Nullable Object> T execute(TransactionCallback<T> callback) {
        return this.transactionManager.execute(this.definition, callback);
    }

    /** Runs {@code action} in a transaction. */
    public void executeWithoutResult(Consumer<LakeFSTransaction> action) {
        this.transactionManager.execute(this.definition, (transaction) -> {
            action.accept(transaction);
            return null;
        });
    }
}
