package dev.lakefs.spring.sample.datasets;

import java.util.List;

import dev.lakefs.spring.transaction.LakeFSTransaction;
import org.jspecify.annotations.Nullable;

/**
 * What an ingestion wrote, as the transactional method returns it.
 *
 * @param name the dataset's name
 * @param rows how many data rows it has
 * @param objects the objects holding them
 * @param transaction the transaction that wrote them, which knows its merge commit once the method has returned
 */
public record IngestedDataset(String name, long rows, List<String> objects, LakeFSTransaction transaction) {

    public IngestedDataset {
        objects = List.copyOf(objects);
    }

    /**
     * The commit that merged the dataset into {@code main}: known once the transactional method has returned, and
     * {@code null} when the dataset was already on {@code main} as it is (nothing to merge).
     */
    public @Nullable String mergeCommitId() {
        return this.transaction.mergeCommitId();
    }

}
