package dev.lakefs.spring.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table, built row by row.
 */
final class MarkdownTable {

    private final List<String> header;

    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    MarkdownTable row(String... cells) {
        if (cells.length != this.header.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of "
                    + this.header.size() + " columns");
        }
        this.rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return this.rows.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder table = new StringBuilder();
        line(table, this.header);
        line(table, this.header.stream().map((column) -> "---").toList());
        this.rows.forEach((row) -> line(table, row));
        return table.toString();
    }

    private static void line(StringBuilder table, List<String> cells) {
        table.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

}
