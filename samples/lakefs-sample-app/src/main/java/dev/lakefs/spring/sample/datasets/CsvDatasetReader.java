package dev.lakefs.spring.sample.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV dataset one row at a time, checking it as it goes: a header of distinct, non-blank column names, then
 * rows with as many fields as the header has columns. Blank lines are skipped. Rows are never all in memory, so a
 * problem on line 1,000,000 is found after the rows before it were written: the transaction is what keeps them out
 * of {@code main}.
 */
final class CsvDatasetReader {

    private final String dataset;

    private final BufferedReader lines;

    private final List<String> header;

    private int lineNumber;

    private @Nullable List<String> pending;

    private long rows;

    private CsvDatasetReader(String dataset, BufferedReader lines) throws IOException {
        this.dataset = dataset;
        this.lines = lines;
        this.header = readHeader();
    }

    /**
     * A reader positioned after the header.
     * @throws InvalidDatasetException when there is no header or it is invalid
     */
    static CsvDatasetReader open(String dataset, Reader csv) throws IOException {
        return new CsvDatasetReader(dataset, new BufferedReader(csv));
    }

    /** The column names. */
    List<String> header() {
        return this.header;
    }

    /**
     * Whether there is another row, reading it ahead.
     * @throws InvalidDatasetException when that row does not fit the header
     */
    boolean hasMoreRows() throws IOException {
        if (this.pending == null) {
            this.pending = nextFields();
            if (this.pending != null && this.pending.size() != this.header.size()) {
                throw invalid(count(this.pending.size(), "field") + ", but the header has "
                        + count(this.header.size(), "column") + " " + this.header);
            }
        }
        return this.pending != null;
    }

    /**
     * The next row.
     * @throws NoSuchElementException when there is none
     * @throws InvalidDatasetException when it does not fit the header
     */
    List<String> nextRow() throws IOException {
        List<String> row = hasMoreRows() ? this.pending : null;
        if (row == null) {
            throw new NoSuchElementException("No more rows in dataset " + this.dataset);
        }
        this.pending = null;
        this.rows++;
        return row;
    }

    /** How many rows {@link #nextRow()} returned. */
    long rowCount() {
        return this.rows;
    }

    private List<String> readHeader() throws IOException {
        List<String> columns = nextFields();
        if (columns == null) {
            throw new InvalidDatasetException(this.dataset, null, "The dataset is empty: expected a header line");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (column.isBlank()) {
                throw invalid("column " + (i + 1) + " of the header has no name");
            }
            if (!seen.add(column)) {
                throw invalid("column '" + column + "' appears twice in the header");
            }
        }
        return List.copyOf(columns);
    }

    private @Nullable List<String> nextFields() throws IOException {
        String line;
        do {
            line = this.lines.readLine();
            this.lineNumber++;
        }
        while (line != null && line.isBlank());
        if (line == null) {
            return null;
        }
        List<String> fields = CsvLine.split(line);
        if (fields == null) {
            throw invalid("a quoted field is not closed (quoted fields cannot span lines)");
        }
        return fields;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + ((n != 1) ? "s" : "");
    }

    private InvalidDatasetException invalid(String reason) {
        return new InvalidDatasetException(this.dataset, this.lineNumber, reason);
    }

}
