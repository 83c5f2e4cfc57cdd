package dev.lakefs.spring.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The code shown in the README and in {@code docs/*.md} is real, compiled and run by a test:
 * <ul>
 * <li>every {@code ```java} block: its lines (trimmed, blank lines ignored) appear in the same order, one after the
 * other, in a {@code src/main/java} or {@code src/test/java} file of the repository, except its leading
 * {@code package} and {@code import} lines, which must be among that file's, or import a library type of the
 * file's own package (which the file uses without an import);</li>
 * <li>every {@code ```java} block says where the library's types it uses come from: for each public type of the
 * library's modules ({@code src/main/java} outside {@code samples/} and {@code benchmarks/}) that it names, it
 * imports the type (or its package), or the page's prose names the type's package;</li>
 * <li>every dependency of an {@code ```xml} or {@code ```kotlin} block: ours are versioned by the BOM alone, whose
 * version, like the AWS SDK BOM's, is the build's;</li>
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

    private static final Pattern FENCED_BLOCK = Pattern.compile("^```.*?^```", Pattern.DOTALL | Pattern.MULTILINE);

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    /** A public top-level type: nested ones are indented. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed)\\s+)*(?:class|interface|record|enum|@interface)"
                    + "\\s+(\\w+)",
            Pattern.MULTILINE);

    private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+?)(\\.\\*)?;$");

    private static final Pattern DECLARED_TYPE = Pattern.compile("\\b(?:class|interface|record|enum)\\s+(\\w+)");

    /** A name that may be a type: capitalized, and not a member or a qualified name's part. */
    private static final Pattern TYPE_NAME = Pattern.compile("(?<![\\w.$])[A-Z]\\w*");

    private static final Pattern BUILD_BLOCK = Pattern.compile("^```(?:xml|kotlin)\\n(.*?)^```",
            Pattern.DOTALL | Pattern.MULTILINE);

    private static final Pattern MAVEN_DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*"
                    + "(?:<version>([^<]+)</version>)?");

    private static final Pattern GRADLE_DEPENDENCY = Pattern.compile("\"([\\w.-]+):([\\w.-]+)(?::([^\"]+))?\"");

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheDocsIsInACompiledSource() throws IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve("docs")), "runs in the repository's sample directory");
        Map<String, Set<String>> packagesByType = libraryTypes();
        List<JavaSource> sources = javaSources().map((source) -> JavaSource.of(codeLines(read(source)), packagesByType))
            .toList();
        return documents().flatMap(DocumentationSnippetsTests::javaBlocks)
            .filter((block) -> !block.freshAppFile())
            .map((block) -> DynamicTest.dynamicTest(block.location(), () -> assertThat(sources)
                .withFailMessage("%s: the block starting with \"%s\" is in no src/main/java or src/test/java file"
                        + " (its imports among the file's or of its package's types, the rest line for line)",
                        block.location(), block.lines().get(0))
                .anyMatch((source) -> source.shows(block))));
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockImportsTheLibraryTypesItUsesOrItsPageNamesTheirPackages() throws IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve("docs")), "runs in the repository's sample directory");
        Map<String, Set<String>> packagesByType = libraryTypes();
        return documents().flatMap((document) -> {
            String prose = FENCED_BLOCK.matcher(read(document)).replaceAll("");
            return javaBlocks(document).map((block) -> DynamicTest.dynamicTest(block.location() + " imports", () -> {
                List<String> unexplained = block.usedTypes(packagesByType.keySet())
                    .filter((type) -> !block.imports(type, packagesByType.get(type))
                            && packagesByType.get(type).stream().noneMatch((pkg) -> namesPackage(prose, pkg)))
                    .map((type) -> type + " (" + String.join(" or ", packagesByType.get(type)) + ")")
                    .toList();
                assertThat(unexplained)
                    .withFailMessage("%s: the block starting with \"%s\" uses %s, which it does not import and whose"
                            + " package the page does not name", block.location(), block.lines().get(0), unexplained)
                    .isEmpty();
            }));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyDependencyOfTheDocsHasTheBuildsVersion() throws IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve("docs")), "runs in the repository's sample directory");
        String pom = read(ROOT.resolve("pom.xml"));
        Map<String, String> versions = Map.of("dev.lakefs.spring:lakefs-spring-bom", property(pom, "version"),
                "software.amazon.awssdk:bom", property(pom, "awssdk.version"));
        return documents().flatMap((document) -> {
            String text = read(document);
            return BUILD_BLOCK.matcher(text).results().flatMap((block) -> {
                String location = location(document, (int) text.substring(0, block.start()).lines().count() + 1);
                return Stream.concat(MAVEN_DEPENDENCY.matcher(block.group(1)).results(),
                        GRADLE_DEPENDENCY.matcher(block.group(1)).results())
                    .map((dependency) -> {
                        String id = dependency.group(1) + ":" + dependency.group(2);
                        String expected = versions.get(id);
                        return DynamicTest.dynamicTest(location + " " + id, () -> {
                            if (expected != null) {
                                assertThat(dependency.group(3)).as("%s: the version of %s", location, id)
                                    .isEqualTo(expected);
                            }
                            else if (id.startsWith("dev.lakefs.spring:")) {
                                assertThat(dependency.group(3)).as("%s: %s is versioned by lakefs-spring-bom", location,
                                        id)
                                    .isNull();
                            }
                        });
                    });
            });
        });
    }

    @Test
    void aBlockThatUsesALibraryTypeReportsItUntilItImportsIt() throws IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve("docs")), "runs in the repository's sample directory");
        Map<String, Set<String>> packagesByType = libraryTypes();
        List<String> body = List.of("@EmbeddedLakeFSTest // a LakeFS in a comment is no use", "class MyTests {",
                "String name = \"Branch\";", "}");
        JavaBlock bare = new JavaBlock("bare", body, false);
        List<String> imports = List.of("import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;");
        JavaBlock imported = new JavaBlock("imported", Stream.concat(imports.stream(), body.stream()).toList(), false);

        assertThat(bare.usedTypes(packagesByType.keySet())).containsExactly("EmbeddedLakeFSTest");
        assertThat(bare.imports("EmbeddedLakeFSTest", packagesByType.get("EmbeddedLakeFSTest"))).isFalse();
        assertThat(imported.imports("EmbeddedLakeFSTest", packagesByType.get("EmbeddedLakeFSTest"))).isTrue();
        assertThat(imported.body()).isEqualTo(body);
        assertThat(namesPackage("in `dev.lakefs.embedded.junit`.", "dev.lakefs.embedded.junit")).isTrue();
        assertThat(namesPackage("`dev.lakefs.embedded.junit.EmbeddedLakeFSTest`", "dev.lakefs.embedded")).isFalse();
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

    /** The packages of every public top-level type of the library's modules, by simple name. */
    private static Map<String, Set<String>> libraryTypes() throws IOException {
        Map<String, Set<String>> packagesByType = new TreeMap<>();
        for (Path source : javaSources().toList()) {
            String name = ROOT.relativize(source).toString().replace('\\', '/');
            if (name.contains("/src/main/java/") && !name.startsWith("samples/") && !name.startsWith("benchmarks/")) {
                String code = read(source);
                Matcher pkg = PACKAGE.matcher(code);
                if (pkg.find()) {
                    PUBLIC_TYPE.matcher(code)
                        .results()
                        .forEach((type) -> packagesByType.computeIfAbsent(type.group(1), (key) -> new TreeSet<>())
                            .add(pkg.group(1)));
                }
            }
        }
        assertThat(packagesByType).containsKeys("LakeFS", "LakeFSClient", "EmbeddedLakeFSTest");
        return packagesByType;
    }

    /** The first element of that name in the POM, which is the project's own for {@code version}. */
    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(matcher.find()).as("<%s> in pom.xml", name).isTrue();
        return matcher.group(1);
    }

    /** Whether the text names the package itself (not as the start of a longer name). */
    private static boolean namesPackage(String text, String pkg) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(pkg) + "(?![\\w]|\\.\\w)").matcher(text).find();
    }

    /**
     * The code without its comments and its string and character literals, whose words are not code.
     */
    private static String withoutCommentsAndLiterals(String code) {
        StringBuilder out = new StringBuilder();
        int index = 0;
        while (index < code.length()) {
            if (code.startsWith("//", index)) {
                index = endOf(code, "\n", index + 2, 0);
            }
            else if (code.startsWith("/*", index)) {
                index = endOf(code, "*/", index + 2, 2);
            }
            else if (code.startsWith("\"\"\"", index)) {
                index = endOf(code, "\"\"\"", index + 3, 3);
                out.append("\"\"");
            }
            else if (code.charAt(index) == '"' || code.charAt(index) == '\'') {
                char quote = code.charAt(index);
                index++;
                while (index < code.length() && code.charAt(index) != quote) {
                    index += (code.charAt(index) == '\\') ? 2 : 1;
                }
                index++;
                out.append(quote).append(quote);
            }
            else {
                out.append(code.charAt(index));
                index++;
            }
        }
        return out.toString();
    }

    /** Where the code goes on after {@code end}, searched from {@code from}, or the code's end. */
    private static int endOf(String code, String end, int from, int length) {
        int found = code.indexOf(end, from);
        return (found < 0) ? code.length() : found + length;
    }

    private static boolean isJavaSource(Path path) {
        String name = path.toString().replace('\\', '/');
        return name.endsWith(".java") && !name.contains("/target/")
                && (name.contains("/src/main/java/") || name.contains("/src/test/java/"));
    }

    private static Stream<JavaBlock> javaBlocks(Path document) {
        String text = read(document);
        Matcher matcher = JAVA_BLOCK.matcher(text);
        return matcher.results().map((block) -> {
            int line = (int) text.substring(0, block.start()).lines().count() + 1;
            return new JavaBlock(location(document, line), codeLines(asInSource(block.group(1))),
                    isFreshAppFile(text, block.start()));
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

    private static boolean isHeader(String line) {
        return line.startsWith("package ") || line.startsWith("import ");
    }

    /**
     * A fenced block of a document.
     * @param location where it starts, such as {@code docs/client.md line 14}
     * @param lines its code lines, trimmed, without blank lines
     * @param freshAppFile whether it is a file of the fresh-app check's application
     */
    private record JavaBlock(String location, List<String> lines, boolean freshAppFile) {

        /** The leading {@code package} and {@code import} lines. */
        List<String> header() {
            return this.lines.stream().takeWhile(DocumentationSnippetsTests::isHeader).toList();
        }

        /** The lines after the header. */
        List<String> body() {
            return this.lines.subList(header().size(), this.lines.size());
        }

        /** The names among {@code candidates} that the code uses as types, except those it declares. */
        Stream<String> usedTypes(Set<String> candidates) {
            String code = withoutCommentsAndLiterals(String.join("\n", body()));
            Set<String> declared = DECLARED_TYPE.matcher(code)
                .results()
                .map((declaration) -> declaration.group(1))
                .collect(Collectors.toSet());
            return TYPE_NAME.matcher(code)
                .results()
                .map(MatchResult::group)
                .filter((name) -> candidates.contains(name) && !declared.contains(name))
                .distinct();
        }

        /**
         * Whether the block's imports resolve the name: it imports a type of that name (from any package, which is
         * then the type it means), one of the packages, or it is in one of them.
         */
        boolean imports(String type, Set<String> packages) {
            for (String line : header()) {
                Matcher matcher = IMPORT.matcher(line);
                if (matcher.matches()) {
                    String name = matcher.group(1);
                    if ((matcher.group(2) != null) ? packages.contains(name) : name.endsWith("." + type)) {
                        return true;
                    }
                }
                if (line.startsWith("package ") && packages.contains(line.substring(8, line.length() - 1))) {
                    return true;
                }
            }
            return false;
        }

    }

    /**
     * A Java file of the repository.
     * @param lines its code lines, trimmed, without blank lines
     * @param header its {@code package} and {@code import} lines, and imports of the library's types of its package
     */
    private record JavaSource(List<String> lines, Set<String> header) {

        static JavaSource of(List<String> lines, Map<String, Set<String>> packagesByType) {
            Set<String> header = new HashSet<>(lines.stream().filter(DocumentationSnippetsTests::isHeader).toList());
            lines.stream().filter((line) -> line.startsWith("package ")).findFirst().ifPresent((line) -> {
                String pkg = line.substring("package ".length(), line.length() - 1);
                packagesByType.forEach((type, packages) -> {
                    if (packages.contains(pkg)) {
                        header.add("import " + pkg + "." + type + ";");
                    }
                });
            });
            return new JavaSource(lines, header);
        }

        /** Whether the block is this file's: its header among the file's, its body line for line. */
        boolean shows(JavaBlock block) {
            return this.header.containsAll(block.header()) && Collections.indexOfSubList(this.lines, block.body()) >= 0;
        }

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
