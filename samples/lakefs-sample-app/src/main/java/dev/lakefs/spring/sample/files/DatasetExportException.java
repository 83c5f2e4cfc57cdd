package dev.lakefs.spring.sample.files;

import org.springframework.batch.core.job.JobExecution;

/**
 * An export job did not complete; thrown so that the branch transaction around it rolls back.
 */
public class DatasetExportException extends RuntimeException {

    private final String dataset;

    DatasetExportException(String dataset, JobExecution execution) {
        super("The export of dataset '" + dataset + "' ended " + execution.getStatus() + ": "
                + execution.getAllFailureExceptions().stream().map(Throwable::getMessage).toList());
        this.dataset = dataset;
    }

    /** The dataset whose export failed. */
    public String getDataset() {
        return this.dataset;
    }
}
