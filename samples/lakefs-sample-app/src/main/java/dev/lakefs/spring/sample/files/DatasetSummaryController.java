package dev.lakefs.spring.sample.files;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /summaries/datasets}: counts the rows of every ingested dataset through a {@code lakefs://} pattern and
 * writes {@code summaries/datasets.csv} to {@code main}, in one branch transaction.
 * <pre>
 * curl -X POST localhost:8080/summaries/datasets
 * </pre>
 */
@RestController
class DatasetSummaryController {

    private final DatasetSummaryService summaryService;

    DatasetSummaryController(DatasetSummaryService summaryService) {
        this.summaryService = summaryService;
    }

    @PostMapping("/summaries/datasets")
    Response summarise() throws IOException {
        DatasetSummary summary = this.summaryService.summarise();
        return new Response(new TreeMap<>(summary.rows()), DatasetSummaryService.SUMMARY_PATH,
                summary.mergeCommitId());
    }

    /**
     * The answer.
     *
     * @param rows data rows per dataset, by name
     * @param summary the object the summary was written to
     * @param commitId the merge commit that brought it to {@code main}
     */
    record Response(Map<String, Long> rows, String summary, @Nullable String commitId) {
    }
}
