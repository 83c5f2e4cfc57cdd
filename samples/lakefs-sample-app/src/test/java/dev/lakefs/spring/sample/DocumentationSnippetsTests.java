package dev.lakefs.spring.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The code shown in the README and in {@code docs/*.md} is real, compiled and run by a test:
 * <ul>
 * <li>every {@code ```java} block: its lines (trimmed, blank lines ignored) appear in the same order, one after the
 * other, in a {@code src/main/java} or {@code src/test/java} file of the repository;</li>
 * <li>every Java call of {@code docs/python-migration.md}'s tables: it appears in
 * {@code PythonMigrationDocumentationTests} (whitespace ignored, {@code …} standing for anything within one
 * statement).</li>
 * </ul>
 * The one liberty a doc may take is to show {@code s3://} namespaces where the source has {@code mem://} ones, which
 * the embedded server serves. A Java block right after {@code <!-- fresh-app: path -->} is a whole file of the new
 * application that {@code samples/lakefs-fresh-app-check} builds from the docs, which compiles and runs it.
 */
class DocumentationSnippetsTests {

    private static final Path ROOT = Path.of("../..");

    private static final Path PYTHON_MIGRATION = ROOT.resolve("docs/python-migration.md");

    private static final Path PYTHON_MIGRATION_TESTS = ROOT
        .resolve("lakefs-spring/src/test/java/dev/lakefs/spring/PythonMigrationDocumentationTests.java");

    private static final Pattern JAVA_BLOCK = Pattern.compile("^```java\\n(.*?)^```",
            Pattern.DOTALL | Pattern.MULTILINE);

    /** Keep in step with {@code FreshApplicationTests.FRESH_APP_BLOCK} in samples/lakefs-fresh-app-check. */
    private static final Pattern FRESH_APP_MARKER = Pattern.compile("<!-- fresh-app: \\S+ -->\\n$");

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheDocsIsInACompiledSource() throws IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve("docs")), "runs in the repository's sample directory");
        List<List<String>> sources = javaSources().map((source) -> codeLines(read(source))).toList();
        return documents().flatMap(DocumentationSnippetsTests::javaBlocks)
            .map((block) -> DynamicTest.dynamicTest(block.location(), () -> assertThat(sources)
                .withFailMessage("%s: the block starting with \"%s\" is in no src/main/java or src/test/java file",
                        block.location(), block.lines().get(0))
                .anyMatch((source) -> Collections.indexOfSubList(source, block.lines()) >= 0)));
    }

    @TestFactory
    Stream<DynamicTest> everyJavaCallOfThePythonMigrationTablesIsInItsTest() {
        assumeTrue(Files.exists(PYTHON_MIGRATION), "runs in the repository's sample directory");
        String tests = withoutWhitespace(read(PYTHON_MIGRATION_TESTS));
        return javaCallsOfTables(PYTHON_MIGRATION).map((call) -> DynamicTest.dynamicTest(call.location(),
                () -> assertThat(call.pattern().matcher(tests).find())
                    .withFailMessage("%s: %s is not in %s", call.location(), call.code(),
                            PYTHON_MIGRATION_TESTS.getFileName())
                    .isTrue()));
    }

    private static Stream<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")),
                    docs.filter((path) -> path.toString().endsWith(".md")).sorted().toList().stream());
        }
    }

    private static Stream<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(DocumentationSnippetsTests::isJavaSource).toList().stream();
        }
    }

    private static boolean isJavaSource(Path path) {
        String name = path.toString().replace('\\', '/');
        return name.endsWith(".java") && !name.contains("/target/")
                && (name.contains("/src/main/java/") || name.contains("/src/test/java/"));
    }

    private static Stream<JavaBlock> javaBlocks(Path document) {
        String text = read(document);
        Matcher matcher = JAVA_BLOCK.matcher(text);
        return matcher.results().filter((block) -> !isFreshAppFile(text, block.start())).map((block) -> {
            int line = (int) text.substring(0, block.start()).lines().count() + 1;
            return new JavaBlock(location(document, line), codeLines(asInSource(block.group(1))));
        });
    }

    /** Whether the block starting there is a file of the fresh-app check, which compiles and runs it. */
    private static boolean isFreshAppFile(String text, int blockStart) {
        return FRESH_APP_MARKER.matcher(text.substring(0, blockStart)).find();
    }

    /** The code spans that call something ({@code (}) in the Java column of the tables. */
    private static Stream<JavaCall> javaCallsOfTables(Path document) {
        List<String> lines = read(document).lines().toList();
        return IntStream.range(0, lines.size())
            .filter((index) -> isTableRow(lines.get(index)))
            .boxed()
            .flatMap((index) -> CODE_SPAN.matcher(javaColumn(lines.get(index)))
                .results()
                .map((span) -> span.group(1))
                .filter((code) -> code.contains("(") && !code.startsWith("lakefs."))
                .map((code) -> new JavaCall(location(document, index + 1), code)));
    }

    private static boolean isTableRow(String line) {
        return line.startsWith("| ") && !line.startsWith("| Python |") && !line.startsWith("| boto3 |");
    }

    private static String javaColumn(String row) {
        String[] cells = row.substring(2, row.length() - 2).split(" \\| ");
        return (cells.length > 1) ? cells[1] : "";
    }

    private static String location(Path document, int line) {
        return ROOT.relativize(document).toString().replace('\\', '/') + " line " + line;
    }

    private static List<String> codeLines(String code) {
        return code.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
    }

    private static String asInSource(String code) {
        return code.replace("s3://", "mem://");
    }

    private static String withoutWhitespace(String code) {
        return code.replaceAll("\\s+", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A fenced block of a document.
     * @param location where it starts, such as {@code docs/client.md line 14}
     * @param lines its code lines, trimmed, without blank lines
     */
    private record JavaBlock(String location, List<String> lines) {
    }

    /**
     * A call shown in a table cell, where {@code …} elides arguments.
     * @param location its row, such as {@code docs/python-migration.md line 12}
     * @param code the code as shown
     */
    private record JavaCall(String location, String code) {

        /** Matches the call in whitespace-free source; {@code …} matches anything within one statement. */
        Pattern pattern() {
            return Pattern.compile(Stream.of(withoutWhitespace(asInSource(this.code)).split("…", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("[^;]*?")));
        }

    }

}
