package dev.lakefs.spring.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@link TreeScaleProbe} in a JVM of its own with the server's benchmark heap ({@code -Xmx1g}), passes its
 * output through and answers its exit code. Run with
 * {@code java -cp benchmarks/target/lakefs-benchmarks.jar dev.lakefs.spring.benchmarks.scale.TreeScaleBenchmark}.
 */
public final class TreeScaleBenchmark {

    /** The server JVM's options, as {@code ServerProcess} starts it for the other benchmarks. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseParallelGC");

    private TreeScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TreeScaleProbe.class.getName()));
        command.addAll(List.of(args));
        Process probe = new ProcessBuilder(command).inheritIO().start();
        System.exit(probe.waitFor());
    }
}
