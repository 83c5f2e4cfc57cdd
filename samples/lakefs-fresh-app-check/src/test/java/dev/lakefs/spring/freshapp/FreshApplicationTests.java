package dev.lakefs.spring.freshapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes a new Spring Boot application made only of what the docs show, which the maven-invoker-plugin then builds
 * and tests (its {@code @SpringBootTest} on the embedded server) against this build's artifacts, in the
 * integration-test phase.
 * <p>
 * A block of {@code README.md} or {@code docs/*.md} right after an HTML comment {@code <!-- fresh-app: path -->} is
 * a file of that application: a Java block is written to {@code path} as shown; the {@code pom.xml} block (the BOM's
 * import and the dependencies) is pasted into the POM of a project as start.spring.io makes it
 * ({@code fresh-app-pom.xml}: Spring Boot's parent, its test starter). The sample's {@code DocumentationSnippetsTests}
 * leaves these Java blocks to this check.
 */
class FreshApplicationTests {

    private static final Path ROOT = Path.of("../..");

    /** Keep in step with {@code DocumentationSnippetsTests.FRESH_APP_BLOCK} in the sample. */
    private static final Pattern FRESH_APP_BLOCK = Pattern.compile(
            "^<!-- fresh-app: (\\S+) -->\\n```\\w+\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

    private static final Pattern DEPENDENCY_MANAGEMENT = Pattern.compile(
            "<dependencyManagement>\\s*<dependencies>\\n(.*?)[ \\t]*</dependencies>\\s*</dependencyManagement>",
            Pattern.DOTALL);

    private static final Pattern DEPENDENCIES = Pattern.compile(
            "</dependencyManagement>.*?<dependencies>\\n(.*?)[ \\t]*</dependencies>", Pattern.DOTALL);

    @Test
    void writesTheApplicationTheDocsShow() throws IOException {
        List<FileBlock> blocks = documents().flatMap(FreshApplicationTests::fileBlocks).toList();
        assertThat(blocks).extracting(FileBlock::path)
            .doesNotHaveDuplicates()
            .contains("pom.xml")
            .anyMatch((path) -> path.startsWith("src/main/java/"))
            .anyMatch((path) -> path.startsWith("src/test/java/"));

        Path project = Path.of(System.getProperty("fresh-app.projects")).resolve("reports");
        deleteRecursively(project);
        for (FileBlock block : blocks) {
            Path file = project.resolve(block.path()).normalize();
            assertThat(file.startsWith(project)).as("%s: %s is inside the project", block.location(), block.path())
                .isTrue();
            Files.createDirectories(file.getParent());
            String content = block.path().equals("pom.xml") ? pom(block) : block.content();
            Files.writeString(file, content);
        }
    }

    /** The template's POM with the block's dependency management and dependencies pasted in. */
    private static String pom(FileBlock block) {
        Matcher management = DEPENDENCY_MANAGEMENT.matcher(block.content());
        Matcher dependencies = DEPENDENCIES.matcher(block.content());
        assertThat(management.find()).as("%s: a <dependencyManagement>", block.location()).isTrue();
        assertThat(dependencies.find()).as("%s: <dependencies> after <dependencyManagement>", block.location())
            .isTrue();
        assertThat(management.group(1)).as("%s: the BOM's import", block.location())
            .contains("<artifactId>lakefs-spring-bom</artifactId>", "<type>pom</type>", "<scope>import</scope>");
        assertThat(dependencies.group(1)).as("%s: the dependencies, versioned by the BOM", block.location())
            .contains("<artifactId>lakefs-spring-boot-starter</artifactId>", "<artifactId>lakefs-embedded</artifactId>")
            .doesNotContain("<version>");
        return template().replace("{{spring-boot.version}}", System.getProperty("spring-boot.version"))
            .replace("{{reactor-netty.version}}", System.getProperty("reactor-netty.version"))
            .replace("{{dependencyManagement}}", management.group(1).indent(4).stripTrailing())
            .replace("{{dependencies}}", dependencies.group(1).indent(4).stripTrailing());
    }

    private static String template() {
        try (InputStream in = FreshApplicationTests.class.getResourceAsStream("/fresh-app-pom.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Stream<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")),
                    docs.filter((path) -> path.toString().endsWith(".md")).sorted().toList().stream());
        }
    }

    private static Stream<FileBlock> fileBlocks(Path document) {
        String text = read(document);
        return FRESH_APP_BLOCK.matcher(text).results().map((block) -> {
            int line = (int) text.substring(0, block.start()).lines().count() + 1;
            String location = ROOT.relativize(document).toString().replace('\\', '/') + " line " + line;
            return new FileBlock(location, block.group(1), block.group(2));
        });
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
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
     * A block of the docs that is a file of the new application.
     * @param location where it starts, such as {@code README.md line 120}
     * @param path the file, relative to the project
     * @param content the block's text
     */
    private record FileBlock(String location, String path, String content) {
    }

}
