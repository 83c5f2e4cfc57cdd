package dev.lakefs.spring.sample.files;

import dev.lakefs.spring.transaction.LakeFSTransaction;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DatasetExportService#export(String)} wrote.
 *
 * @param name the dataset's name
 * @param rows how many data rows the export has
 * @param object the object the export was written to
 * @param transaction the transaction that wrote it, which knows its merge commit once the method has returned
 */
public record DatasetExport(String name, long rows, String object, LakeFSTransaction transaction) {

    /** The commit that merged the export into {@code main}, once the method has returned. */
    public @Nullable String mergeCommitId() {
        return this.transaction.mergeCommitId();
    }
}
