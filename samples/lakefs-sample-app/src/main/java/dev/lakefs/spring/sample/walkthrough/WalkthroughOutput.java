package dev.lakefs.spring.sample.walkthrough;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.ObjectStats;

/**
 * Prints the walkthrough: a numbered heading per step, and the results below it, indented, in the words of the
 * Python guide's output.
 */
final class WalkthroughOutput {

    private static final String INDENT = "   ";

    private final PrintStream out;

    private int steps;

    WalkthroughOutput(PrintStream out) {
        this.out = out;
    }

    void step(String title) {
        this.out.println();
        this.out.println("== " + (++this.steps) + ". " + title);
    }

    void line(String format, Object... args) {
        this.out.println(INDENT + format.formatted(args));
    }

    void object(ObjectStats stats) {
        line("%s: %d bytes, %s, checksum %s, stored at %s", stats.path(), stats.sizeBytes(), stats.contentType(),
                stats.checksum(), stats.physicalAddress());
    }

    void diff(Diff diff) {
        String size = (diff.sizeBytes() != null) ? diff.sizeBytes() + " bytes" : lowerCase(diff.pathType());
        line("%-7s %s (%s)", lowerCase(diff.type()), diff.path(), size);
    }

    void commit(Commit commit) {
        line("commit %s", commit.id());
        line("  message:  %s", commit.message());
        line("  metadata: %s", metadataOf(commit));
        line("  parents:  %s", commit.parents());
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String metadataOf(Commit commit) {
        Map<String, String> metadata = commit.metadata();
        return metadata.isEmpty() ? "(none)" : metadata.toString();
    }

}
