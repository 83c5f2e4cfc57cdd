package dev.lakefs.spring.transaction;

import java.util.List;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;

import org.springframework.stereotype.Service;

/**
 * The quick start of {@code docs/transactions.md}, word for word: a service whose plain code becomes a branch
 * transaction through {@link LakeFSTransactional}. Loaded by {@link TransactionsDocumentationTests}.
 */
@Service
public class DatasetLoader {

    private final Branch main;

    public DatasetLoader(LakeFS lakeFS) {
        this.main = lakeFS.repository("example-repo").branch("main");
    }

    @LakeFSTransactional(repository = "example-repo", commitMessage = "Load #{#dataset}",
            metadata = "dataset=#{#dataset}")
    public void load(String dataset, List<String> rows) {
        // Plain code that knows nothing about transactions: writes through "main" go to the transaction's branch.
        this.main.object(dataset + "/part-0.csv").upload(String.join("\n", rows));
        this.main.object(dataset + "/_SUCCESS").upload("");
    }
}
