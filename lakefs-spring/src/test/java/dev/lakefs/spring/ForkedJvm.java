package dev.lakefs.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a main class of the test class path in a new JVM with a small heap, for bounded-memory tests: asserts that it
 * exits with 0 and answers its line starting with {@code OK } (or all its output, to fail the caller's assertion).
 */
public final class ForkedJvm {

    private ForkedJvm() {
    }

    /**
     * Runs {@code mainClass} with {@code -Xmx<maxHeap>} and 32 MiB of direct memory.
     * @param mainClass the class whose {@code main} to run
     * @param maxHeap the heap limit, e.g. {@code 64m}
     * @param arguments the program arguments
     * @return the {@code OK …} line
     */
    public static String run(Class<?> mainClass, String maxHeap, String... arguments)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:MaxDirectMemorySize=32m", "-cp", classPath, mainClass.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter((line) -> line.startsWith("OK ")).findFirst().orElse(output);
    }
}
