package dev.lakefs.spring.sample.files;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /exports/{name}}: exports a dataset's parts to {@code exports/<name>.csv} with a Spring Batch job in one
 * branch transaction; a failed job answers 422 and leaves {@code main} unchanged.
 * <pre>
 * curl -X POST localhost:8080/exports/people
 * </pre>
 */
@RestController
class DatasetExportController {

    private final DatasetExportService exportService;

    DatasetExportController(DatasetExportService exportService) {
        this.exportService = exportService;
    }

    @PostMapping("/exports/{name}")
    Response export(@PathVariable String name) throws Exception {
        DatasetExport export = this.exportService.export(name);
        return new Response(export.name(), export.rows(), export.object(), export.mergeCommitId());
    }

    @ExceptionHandler
    ProblemDetail failed(DatasetExportException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        problem.setTitle("Export failed");
        problem.setProperty("dataset", ex.getDataset());
        problem.setProperty("main", "unchanged: the export transaction was rolled back");
        return problem;
    }

    /**
     * The answer.
     *
     * @param dataset the dataset's name
     * @param rows how many data rows the export has
     * @param export the object the export was written to
     * @param commitId the merge commit that brought it to {@code main}
     */
    record Response(String dataset, long rows, String export, @Nullable String commitId) {
    }
}
