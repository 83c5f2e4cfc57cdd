package dev.lakefs.spring.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of the README between {@value #START} and {@value #END}, which the benchmark run rewrites so that the
 * headline figures there are always the ones of the latest full run.
 */
public final class ReadmeSection {

    static final String START = "<!-- benchmarks:start -->";

    static final String END = "<!-- benchmarks:end -->";

    private ReadmeSection() {
    }

    /**
     * Replaces the section's content.
     * @param readme the README
     * @param content the new content
     * @return whether the README had the section
     * @throws IOException if the README cannot be read or written
     */
    public static boolean replace(Path readme, String content) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            return false;
        }
        Files.writeString(readme, text.substring(0, start + START.length()) + "\n" + content + text.substring(end));
        return true;
    }

}
