package dev.lakefs.spring.sample.files;

import java.util.Map;

import dev.lakefs.spring.transaction.LakeFSTransaction;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DatasetSummaryService#summarise()} counted and wrote.
 *
 * @param rows data rows per dataset, by name
 * @param transaction the transaction that wrote the summary, which knows its merge commit once the method has
 * returned
 */
public record DatasetSummary(Map<String, Long> rows, LakeFSTransaction transaction) {

    public DatasetSummary {
        rows = Map.copyOf(rows);
    }

    /** The commit that merged the summary into {@code main}, once the method has returned. */
    public @Nullable String mergeCommitId() {
        return this.transaction.mergeCommitId();
    }
}
