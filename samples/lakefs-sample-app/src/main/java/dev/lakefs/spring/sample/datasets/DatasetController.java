package dev.lakefs.spring.sample.datasets;

import java.io.IOException;
import java.io.Reader;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /datasets/{name}} with a CSV body ({@code text/csv}): ingests the dataset into {@code main} in one branch
 * transaction and answers with the merge commit id; an invalid dataset answers 400 (see
 * {@link DatasetProblemHandler}) and leaves {@code main} unchanged.
 * <pre>
 * curl -X POST localhost:8080/datasets/people -H 'Content-Type: text/csv' --data-binary @people.csv
 * </pre>
 */
@RestController
@RequestMapping("/datasets")
class DatasetController {

    private final DatasetIngestionService ingestionService;

    DatasetController(DatasetIngestionService ingestionService) {
        this.ingestionService = ingestionService;
    }

    /** The body is streamed: a large dataset is never held in memory whole. */
    @PostMapping(path = "/{name}", consumes = { "text/csv", "text/plain" })
    DatasetIngestion ingest(@PathVariable String name, Reader csv) throws IOException {
        // The transaction has merged (or rolled back) by the time ingest(..) returns.
        return DatasetIngestion.of(this.ingestionService.ingest(name, csv));
    }

}
