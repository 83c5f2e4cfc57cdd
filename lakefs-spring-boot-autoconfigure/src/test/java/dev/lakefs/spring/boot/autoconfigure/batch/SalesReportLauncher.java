package dev.lakefs.spring.boot.autoconfigure.batch;

import dev.lakefs.spring.resource.StagedLakeFSResource;
import dev.lakefs.spring.transaction.LakeFSTransactional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;

/**
 * Runs the sales report job in one lakeFS transaction on {@code main}: what the job reads through {@code main} is
 * read from the transaction's branch, the report is published there, and it all reaches {@code main} in one merge
 * when the job completes. A job that fails does not throw, so the launcher throws for it, and the transaction is
 * rolled back.
 */
public class SalesReportLauncher {

    private final JobOperator jobOperator;

    private final Job job;

    private final StagedLakeFSResource report;

    SalesReportLauncher(JobOperator jobOperator, Job job, StagedLakeFSResource report) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.report = report;
    }

    @LakeFSTransactional(repository = "example-repo", branch = "main", commitMessage = "Sales report",
            rollbackFor = Exception.class)
    public JobExecution run(JobParameters parameters) throws Exception {
        JobExecution execution = this.jobOperator.start(this.job, parameters); // runs in this thread
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            this.report.discard();
            throw new JobFailedException(execution);
        }
        this.report.publish(); // one upload, into the transaction's branch
        return execution;
    }
}
