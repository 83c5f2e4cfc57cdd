package dev.lakefs.spring.nio;

import java.io.IOException;

/**
 * Work in a file-system transaction ({@link LakeFSFileSystems#transaction}): it may throw {@link IOException}, as
 * {@link java.nio.file.Files} does, which rolls the transaction back and reaches the caller unchanged.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface FileTransactionCallback<T> {

    /**
     * Runs the work.
     * @param transaction the open transaction: its paths point at the transaction's branch
     * @return the result
     * @throws IOException to roll back
     */
    T run(LakeFSFileTransaction transaction) throws IOException;
}
