package dev.lakefs.spring.sample.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import dev.lakefs.spring.resource.LakeFSResource;
import dev.lakefs.spring.sample.SampleProperties;
import dev.lakefs.spring.transaction.LakeFSTransactional;
import dev.lakefs.spring.transaction.LakeFSTransactions;

import org.springframework.core.io.Resource;
import org.springframework.core.io.WritableResource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Summarises the ingested datasets the way a script with file URLs would: it reads every part a {@code lakefs://}
 * pattern matches and writes {@code summaries/datasets.csv} as a file, in one branch transaction on {@code main}, so
 * the summary and the parts it counted are one consistent commit.
 */
@Service
public class DatasetSummaryService {

    /** Where the summary is written, relative to the repository's {@code main}. */
    public static final String SUMMARY_PATH = "summaries/datasets.csv";

    private final ResourcePatternResolver resources;

    private final String repository;

    /**
     * Creates the service.
     * @param resources the application context, which resolves {@code lakefs://} locations and patterns
     * @param properties the sample's settings (the repository datasets are ingested into)
     */
    public DatasetSummaryService(ResourcePatternResolver resources, SampleProperties properties) {
        this.resources = resources;
        this.repository = properties.repository();
    }

    /**
     * Counts the rows of every dataset and writes the summary.
     * @return rows per dataset, and the transaction's merge commit
     * @throws IOException when a part cannot be read or the summary cannot be written (nothing is merged then)
     */
    @LakeFSTransactional(repository = "${sample.repository}", branch = "main",
            commitMessage = "Summarise datasets", rollbackFor = IOException.class)
    public DatasetSummary summarise() throws IOException {
        Map<String, Long> rows = new TreeMap<>();
        for (Resource part : this.resources.getResources(location("datasets/*/part-*.csv"))) {
            String dataset = ((LakeFSResource) part).lakeFSUri().path().split("/")[1];
            rows.merge(dataset, countRows(part), Long::sum);
        }
        WritableResource summary = (WritableResource) this.resources.getResource(location(SUMMARY_PATH));
        try (Writer out = new OutputStreamWriter(summary.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write("dataset,rows\n");
            for (Map.Entry<String, Long> dataset : rows.entrySet()) {
                out.write(dataset.getKey() + "," + dataset.getValue() + "\n");
            }
        } // uploaded in one piece on close, to the transaction's branch: main sees it when the method returns
        return new DatasetSummary(rows, LakeFSTransactions.current());
    }

    private String location(String path) {
        return "lakefs://" + this.repository + "/main/" + path;
    }

    /** Data rows of one part: its lines but the header. */
    private static long countRows(Resource part) throws IOException {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8))) {
            return Math.max(0, lines.lines().count() - 1);
        }
    }
}
