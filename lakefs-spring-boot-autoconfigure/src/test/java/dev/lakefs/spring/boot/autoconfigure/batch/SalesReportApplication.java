package dev.lakefs.spring.boot.autoconfigure.batch;

import java.math.BigDecimal;
import java.util.Locale;

import dev.lakefs.spring.resource.LakeFSResource;
import dev.lakefs.spring.resource.StagedLakeFSResource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.MultiResourceItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.builder.MultiResourceItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * A Spring Batch job that reads sales CSV files from lakeFS and writes a report back: the Java counterpart of
 * {@code pd.read_csv("lakefs://…")} and {@code df.to_csv("lakefs://…")}.
 */
@SpringBootApplication
class SalesReportApplication {

    /** One input row: {@code day,region,amount}. */
    record Sale(String day, String region, String amount) {
    }

    /** One output row: {@code region,amount}. */
    record ReportLine(String region, BigDecimal amount) {
    }

    @Bean
    @StepScope
    MultiResourceItemReader<Sale> salesReader(@Value("#{jobParameters['input']}") Resource[] salesFiles) {
        // resolved when the step starts, inside the job's transaction: the pattern lists the transaction's branch
        FlatFileItemReader<Sale> csv = new FlatFileItemReaderBuilder<Sale>().name("sale")
            .linesToSkip(1)
            .delimited()
            .names("day", "region", "amount")
            .targetType(Sale.class)
            .build();
        return new MultiResourceItemReaderBuilder<Sale>().name("sales")
            .resources(salesFiles)
            .delegate(csv)
            .build();
    }

    @Bean
    StagedLakeFSResource salesReport(ResourceLoader resources) {
        // FlatFileItemWriter writes a local File: the staged resource uploads it in one piece when published
        LakeFSResource target = (LakeFSResource) resources.getResource("lakefs://example-repo/main/reports/sales.csv");
        return StagedLakeFSResource.of(target);
    }

    @Bean
    FlatFileItemWriter<ReportLine> reportWriter(StagedLakeFSResource salesReport) {
        return new FlatFileItemWriterBuilder<ReportLine>().name("report")
            .resource(salesReport)
            .headerCallback((header) -> header.write("region,amount"))
            .delimited()
            .names("region", "amount")
            .build();
    }

    @Bean
    Job salesReportJob(JobRepository jobRepository, MultiResourceItemReader<Sale> salesReader,
            FlatFileItemWriter<ReportLine> reportWriter) {
        Step step = new StepBuilder("report", jobRepository).<Sale, ReportLine>chunk(100)
            .reader(salesReader)
            .processor((sale) -> new ReportLine(sale.region().toUpperCase(Locale.ROOT), new BigDecimal(sale.amount())))
            .writer(reportWriter)
            .build();
        return new JobBuilder("salesReport", jobRepository).start(step).build();
    }

    @Bean
    SalesReportLauncher salesReportLauncher(JobOperator jobOperator, Job salesReportJob,
            StagedLakeFSResource salesReport) {
        return new SalesReportLauncher(jobOperator, salesReportJob, salesReport);
    }
}
