package dev.lakefs.spring.sample.datasets;

import org.jspecify.annotations.Nullable;

/**
 * A dataset was refused: its name or its CSV content is invalid. Thrown inside the ingestion transaction, it rolls
 * the transaction back, so {@code main} is left as it was.
 */
public class InvalidDatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dataset;

    private final @Nullable Integer line;

    InvalidDatasetException(String dataset, @Nullable Integer line, String reason) {
        super((line != null) ? "Line " + line + ": " + reason : reason);
        this.dataset = dataset;
        this.line = line;
    }

    /** The dataset's name. */
    public String getDataset() {
        return this.dataset;
    }

    /** The 1-based line of the CSV at fault, or {@code null} when the problem is not on one line. */
    public @Nullable Integer getLine() {
        return this.line;
    }

}
