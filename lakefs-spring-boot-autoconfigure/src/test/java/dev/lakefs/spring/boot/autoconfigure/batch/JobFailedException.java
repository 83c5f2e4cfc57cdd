package dev.lakefs.spring.boot.autoconfigure.batch;

import org.springframework.batch.core.job.JobExecution;

/**
 * A job ended in another status than {@code COMPLETED}; thrown so that the lakeFS transaction around it rolls back.
 */
public class JobFailedException extends RuntimeException {

    JobFailedException(JobExecution execution) {
        super("Job " + execution.getJobInstance().getJobName() + " ended " + execution.getStatus() + ": "
                + execution.getAllFailureExceptions());
    }
}
