package dev.lakefs.spring.benchmarks.transaction;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.transaction.LakeFSTransactional;

/**
 * A service method that writes one object in a branch transaction, as an application would declare it.
 */
public class OneObjectWriter {

    private final Branch main;

    /**
     * Creates the writer.
     * @param main the branch written, through the transaction
     */
    public OneObjectWriter(Branch main) {
        this.main = main;
    }

    /**
     * Writes the object; the transaction commits it and merges it into {@code main}.
     * @param content the object's bytes
     * @return what was uploaded
     */
    @LakeFSTransactional(repository = TransactionBenchmark.REPOSITORY_ID, branch = "main",
            commitMessage = TransactionBenchmark.COMMIT_MESSAGE)
    public ObjectStats write(byte[] content) {
        return this.main.object(TransactionBenchmark.PATH).upload(content);
    }

}
