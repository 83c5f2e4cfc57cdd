package dev.lakefs.spring.transaction;

import org.springframework.util.Assert;

/**
 * What to run a transaction on, and how.
 *
 * @param repository the repository id
 * @param branch the source branch the transaction merges into
 * @param options how it commits, merges and rolls back
 */
public record TransactionDefinition(String repository, String branch, TransactionOptions options) {

    public TransactionDefinition {
        Assert.hasText(repository, "repository must not be empty");
        Assert.hasText(branch, "branch must not be empty");
        Assert.notNull(options, "options must not be null");
    }

    /** A transaction on {@code repository}/{@code branch} with {@link TransactionOptions#defaults()}. */
    public static TransactionDefinition of(String repository, String branch) {
        return new TransactionDefinition(repository, branch, TransactionOptions.defaults());
    }
}
