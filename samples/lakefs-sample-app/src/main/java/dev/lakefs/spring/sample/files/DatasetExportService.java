package dev.lakefs.spring.sample.files;

import dev.lakefs.spring.resource.LakeFSResource;
import dev.lakefs.spring.resource.StagedLakeFSResource;
import dev.lakefs.spring.sample.SampleProperties;
import dev.lakefs.spring.transaction.LakeFSTransactional;
import dev.lakefs.spring.transaction.LakeFSTransactions;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Exports a dataset's parts to {@code exports/<name>.csv} with a Spring Batch job, in one branch transaction on
 * {@code main}: the export appears on {@code main} when the job completes, and not at all when it fails. The job
 * runs in the calling thread (Spring Batch's default), which is where the transaction is bound.
 */
@Service
public class DatasetExportService {

    private final JobOperator jobOperator;

    private final Job exportJob;

    private final ResourceLoader resources;

    private final String repository;

    /**
     * Creates the service.
     * @param jobOperator starts jobs
     * @param datasetExportJob the export job
     * @param resources the application context, which resolves {@code lakefs://} locations
     * @param properties the sample's settings (the repository datasets are ingested into)
     */
    public DatasetExportService(JobOperator jobOperator, Job datasetExportJob, ResourceLoader resources,
            SampleProperties properties) {
        this.jobOperator = jobOperator;
        this.exportJob = datasetExportJob;
        this.resources = resources;
        this.repository = properties.repository();
    }

    /**
     * Exports one dataset.
     * @param name the dataset's name
     * @return what was exported, and the transaction's merge commit
     * @throws DatasetExportException when the job does not complete (then nothing reaches {@code main})
     * @throws Exception when the job cannot be started or the export cannot be published
     */
    @LakeFSTransactional(repository = "${sample.repository}", branch = "main",
            commitMessage = "#{'Export dataset ' + #name}", rollbackFor = Exception.class)
    public DatasetExport export(String name) throws Exception {
        String exportPath = "exports/" + name + ".csv";
        StagedLakeFSResource export = StagedLakeFSResource.of((LakeFSResource) this.resources.getResource(
                "lakefs://" + this.repository + "/main/" + exportPath));
        JobExecution execution = this.jobOperator.start(this.exportJob, new JobParametersBuilder()
            .addString("parts", "lakefs://" + this.repository + "/main/datasets/" + name + "/part-*.csv")
            .addString("output", export.getFile().getPath())
            .toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            export.discard();
            throw new DatasetExportException(name, execution);
        }
        export.publish(); // one upload, into the transaction's branch
        long rows = execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
        return new DatasetExport(name, rows, exportPath, LakeFSTransactions.current());
    }
}
