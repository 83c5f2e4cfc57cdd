package dev.lakefs.spring.sample.datasets;

import dev.lakefs.spring.transaction.TransactionConflictException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused ingestions into RFC 9457 problem details. By the time these handlers run the transaction has rolled
 * back, so the answers can promise that {@code main} is unchanged.
 */
@RestControllerAdvice(assignableTypes = DatasetController.class)
class DatasetProblemHandler {

    @ExceptionHandler
    ProblemDetail invalidDataset(InvalidDatasetException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid dataset");
        problem.setProperty("dataset", ex.getDataset());
        if (ex.getLine() != null) {
            problem.setProperty("line", ex.getLine());
        }
        problem.setProperty("main", "unchanged: the ingestion transaction was rolled back");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(TransactionConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Concurrent change");
        problem.setProperty("conflictingPaths", ex.getConflictingPaths());
        problem.setProperty("main", "unchanged by this request: retry it");
        return problem;
    }

}
