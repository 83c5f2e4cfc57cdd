package dev.lakefs.spring.transaction;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs code in branch transactions on one repository and branch, like spring-tx's {@code TransactionTemplate}:
 * <pre class="code">
 * LakeFSTransactionTemplate template = new LakeFSTransactionTemplate(manager, "example-repo", "main")
 *     .withOptions(TransactionOptions.defaults().withCommitMessage("nightly load"));
 * long rows = template.execute((tx) -&gt; loader.load(tx.branchId()));
 * </pre>
 * Immutable and thread-safe. Every exception the callback throws, checked or not, rolls back (unless one of the
 * options' {@link RollbackRules} says otherwise) and reaches the caller unchanged.
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

    /**
     * Runs {@code callback} in a transaction; see {@link LakeFSTransactionManager#execute}.
     * @throws E what the callback throws, after rolling back
     */
    public <T extends @Nullable Object, E extends Exception> T execute(TransactionCallback<T, E> callback) throws E {
        return this.transactionManager.execute(this.definition, callback);
    }

    /**
     * Runs {@code action} in a transaction.
     * @throws E what the action throws, after rolling back
     */
    public <E extends Exception> void executeWithoutResult(TransactionAction<E> action) throws E {
        this.transactionManager.execute(this.definition, (transaction) -> {
            action.doInTransaction(transaction);
            return null;
        });
    }

    /** A {@code Mono} running {@code work}'s publisher in a transaction; see {@link LakeFSTransactionManager#executeMono}. */
    public <T> Mono<T> executeMono(Function<LakeFSTransaction, ? extends Mono<T>> work) {
        return this.transactionManager.executeMono(this.definition, work);
    }

    /** A {@code Flux} running {@code work}'s publisher in a transaction; see {@link LakeFSTransactionManager#executeFlux}. */
    public <T> Flux<T> executeFlux(Function<LakeFSTransaction, ? extends Publisher<T>> work) {
        return this.transactionManager.executeFlux(this.definition, work);
    }
}
