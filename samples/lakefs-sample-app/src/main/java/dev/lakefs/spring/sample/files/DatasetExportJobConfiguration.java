package dev.lakefs.spring.sample.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.MultiResourceItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.builder.MultiResourceItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.mapping.PassThroughLineMapper;
import org.springframework.batch.infrastructure.item.file.transform.PassThroughLineAggregator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The dataset export job: its parts, which a {@code lakefs://} pattern matches, become one CSV file with one header.
 * Both the reader and the writer are step-scoped, so the pattern is resolved when the step starts, inside the
 * caller's branch transaction ({@link DatasetExportService}).
 */
@Configuration(proxyBeanMethods = false)
class DatasetExportJobConfiguration {

    @Bean
    @StepScope
    MultiResourceItemReader<String> datasetPartsReader(@Value("#{jobParameters['parts']}") Resource[] parts) {
        FlatFileItemReader<String> part = new FlatFileItemReaderBuilder<String>().name("part")
            .lineMapper(new PassThroughLineMapper())
            .linesToSkip(1)
            .build();
        return new MultiResourceItemReaderBuilder<String>().name("parts")
            .resources(parts)
            .delegate(part)
            .setStrict(true) // no part at all fails the job: there is no such dataset
            .build();
    }

    @Bean
    @StepScope
    FlatFileItemWriter<String> datasetExportWriter(@Value("#{jobParameters['parts']}") Resource[] parts,
            @Value("#{jobParameters['output']}") String output) {
        return new FlatFileItemWriterBuilder<String>().name("export")
            .resource(new FileSystemResource(output)) // the local file of the caller's StagedLakeFSResource
            .lineAggregator(new PassThroughLineAggregator<>())
            .headerCallback((header) -> {
                if (parts.length > 0) {
                    header.write(firstLine(parts[0]));
                }
            })
            .build();
    }

    @Bean
    Job datasetExportJob(JobRepository jobRepository, MultiResourceItemReader<String> datasetPartsReader,
            FlatFileItemWriter<String> datasetExportWriter) {
        return new JobBuilder("datasetExport", jobRepository)
            .start(new StepBuilder("export", jobRepository).<String, String>chunk(1000)
                .reader(datasetPartsReader)
                .writer(datasetExportWriter)
                .build())
            .build();
    }

    /** The header of a part: its first line. */
    private static String firstLine(Resource part) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8))) {
            return Objects.requireNonNullElse(lines.readLine(), "");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the header of " + part.getDescription(), ex);
        }
    }
}
