package dev.lakefs.spring.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scale figures' section of the results page. {@code TreeScaleBenchmark} runs on its own, not in
 * {@code benchmarks/run}, so a full run that rewrites the page carries this section over from the page it replaces.
 */
public final class ScaleSection {

    /** The section's heading; the section runs from it to the end of the page. */
    public static final String HEADING = "## The embedded server at scale";

    private ScaleSection() {
    }

    /**
     * The section as the page at {@code page} has it, from its heading to the end, or empty.
     * @param page the results page about to be rewritten
     * @return the text to append to the new page
     * @throws IOException if the page exists but cannot be read
     */
    public static String keptFrom(Path page) throws IOException {
        if (!Files.exists(page)) {
            return "";
        }
        String text = Files.readString(page);
        int start = text.indexOf("\n" + HEADING);
        return (start < 0) ? "" : text.substring(start);
    }
}
