package dev.lakefs.spring.sample.datasets;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of CSV (RFC 4180 quoting: {@code "a, b"} and {@code ""} for a quote), split into fields or joined from
 * them. Quoted fields cannot span lines: the sample keeps its parser small.
 */
final class CsvLine {

    private static final char SEPARATOR = ',';

    private static final char QUOTE = '"';

    private CsvLine() {
    }

    /**
     * The fields of a line.
     * @return the fields, or {@code null} when a quoted field is not closed on this line
     */
    static @Nullable List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != QUOTE) {
                    field.append(c);
                }
                else if (i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i++;
                }
                else {
                    quoted = false;
                }
            }
            else if (c == QUOTE) {
                quoted = true;
            }
            else if (c == SEPARATOR) {
                fields.add(field.toString());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    /** The fields as one line (without line terminator), quoting those that need it. */
    static String join(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (!line.isEmpty()) {
                line.append(SEPARATOR);
            }
            if (field.indexOf(SEPARATOR) >= 0 || field.indexOf(QUOTE) >= 0) {
                line.append(QUOTE).append(field.replace("\"", "\"\"")).append(QUOTE);
            }
            else {
                line.append(field);
            }
        }
        return line.toString();
    }

}
