package dev.lakefs.spring.sample.datasets;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.sample.SampleProperties;
import dev.lakefs.spring.transaction.LakeFSTransactional;
import dev.lakefs.spring.transaction.LakeFSTransactions;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

/**
 * Ingests CSV datasets into the {@code main} branch of the sample's repository, as
 * {@code datasets/<name>/part-NNNNN.csv} objects, each dataset version replacing the previous one. An ingestion is one
 * branch transaction: readers of {@code main} see the previous version until the new one is complete and valid, and
 * never a half-written one.
 */
@Service
public class DatasetIngestionService {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private static final Pattern DATASET_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private final Repository repository;

    private final Branch main;

    private final int rowsPerPart;

    public DatasetIngestionService(Repository datasetRepository, SampleProperties properties) {
        this.repository = datasetRepository;
        this.main = datasetRepository.branch("main");
        this.rowsPerPart = properties.datasets().rowsPerPart();
    }

    /** The repository datasets are ingested into. */
    public Repository repository() {
        return this.repository;
    }

    /**
     * Replaces dataset {@code name} on {@code main} with the CSV read from {@code csv}, in one transaction: its
     * previous objects are deleted and the new rows written in parts, checking every row; any exception (an
     * {@link InvalidDatasetException}, or an {@link IOException} reading the request) rolls everything back.
     * <p>
     * The code reads and writes through {@code main}: while the transaction is open that access is routed to its
     * ephemeral branch, and {@code main} only changes when the transaction merges.
     * @return what was written, with the transaction, whose merge commit is known once this method has returned
     * @throws InvalidDatasetException when the name or the content is invalid
     */
    @LakeFSTransactional(repository = "${sample.repository}", branch = "main",
            commitMessage = "#{'Ingest dataset ' + #name}", metadata = "dataset=#{#name}",
            rollbackFor = IOException.class)
    public IngestedDataset ingest(String name, Reader csv) throws IOException {
        String prefix = "datasets/" + requireValidName(name) + "/";
        this.main.deleteObjects(this.main.objects(ListOptions.prefixed(prefix)).map(ObjectStats::path));
        CsvDatasetReader reader = CsvDatasetReader.open(name, csv);
        if (!reader.hasMoreRows()) {
            throw new InvalidDatasetException(name, null, "The dataset has a header but no rows");
        }
        List<String> parts = new ArrayList<>();
        while (reader.hasMoreRows()) {
            String path = prefix + "part-%05d.csv".formatted(parts.size());
            this.main.object(path).write(TEXT_CSV, (out) -> writePart(reader, out.asWriter()));
            parts.add(path);
        }
        return new IngestedDataset(name, reader.rowCount(), parts, LakeFSTransactions.current());
    }

    /** Writes the header, then rows until the part is full or the data ends. */
    private void writePart(CsvDatasetReader reader, Writer out) throws IOException {
        writeLine(out, reader.header());
        for (int i = 0; i < this.rowsPerPart && reader.hasMoreRows(); i++) {
            writeLine(out, reader.nextRow());
        }
    }

    private static void writeLine(Writer out, List<String> fields) throws IOException {
        out.write(CsvLine.join(fields));
        out.write('\n');
    }

    private static String requireValidName(String name) {
        if (!DATASET_NAME.matcher(name).matches()) {
            throw new InvalidDatasetException(name, null, "A dataset name is 1 to 63 lower-case letters, digits, '-' "
                    + "or '_', starting with a letter or digit: '" + name + "' is not");
        }
        return name;
    }

}
