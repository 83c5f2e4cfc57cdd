package dev.lakefs.spring.nio;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.lakefs.spring.Repository;
import dev.lakefs.spring.transaction.TransactionOptions;

/**
 * Runs file-system transactions on the branch transaction engine ({@code Branch.transact}): a hidden branch, routed
 * while the work runs, merged when it returns and deleted when it throws; then the tags the work asked for.
 */
final class FileTransactions {

    private FileTransactions() {
    }

    static <T> T run(LakeFSFileSystem fileSystem, String repositoryId, String branchId, TransactionOptions options,
            FileTransactionCallback<T> work) throws IOException {
        Repository repository = fileSystem.lakeFS().repository(repositoryId);
        LakeFSFileTransaction[] opened = new LakeFSFileTransaction[1];
        T result;
        try {
            result = repository.branch(branchId).transact(options, (transaction) -> {
                LakeFSFileTransaction fileTransaction = new LakeFSFileTransaction(fileSystem, transaction);
                opened[0] = fileTransaction;
                try {
                    return work.run(fileTransaction);
                }
                catch (IOException ex) {
                    throw new TunnelledIOException(ex);
                }
            });
        }
        catch (TunnelledIOException ex) {
            throw ex.getCause();
        }
        for (LakeFSFileTransaction.PendingTag tag : opened[0].pendingTags()) {
            repository.tag(tag.name()).create(tag.commitId());
        }
        return result;
    }

    /** Carries the work's {@link IOException} through the engine, which rolls back on unchecked exceptions. */
    private static final class TunnelledIOException extends UncheckedIOException {

        private static final long serialVersionUID = 1L;

        TunnelledIOException(IOException cause) {
            super(cause);
        }
    }
}
