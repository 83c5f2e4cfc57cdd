package dev.lakefs.spring.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.sun.management.OperatingSystemMXBean;

/**
 * Where and how the benchmarks ran, as the report states it.
 *
 * @param cpu the processor model, as the OS names it
 * @param cores the processors the JVM sees
 * @param memoryGiB the machine's memory
 * @param os the operating system
 * @param jdk the JDK running the benchmarks
 * @param date the day of the run (UTC)
 * @param command the command that produced the report
 * @param rounds how many rounds the small operations, concurrent callers and transactions ran
 */
public record Environment(String cpu, int cores, long memoryGiB, String os, String jdk, LocalDate date,
        String command, int rounds) {

    /**
     * Describes this machine and JVM.
     * @param command the command line that started the run
     * @param rounds how many rounds the small operations, concurrent callers and transactions ran
     * @return the environment
     */
    public static Environment current(String command, int rounds) {
        long memory = (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os)
                ? os.getTotalMemorySize() : 0;
        return new Environment(cpuModel(), Runtime.getRuntime().availableProcessors(),
                Math.round(memory / (1024.0 * 1024 * 1024)),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                LocalDate.now(ZoneOffset.UTC), command, rounds);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"))
                .stream()
                .filter((line) -> line.startsWith("model name"))
                .map((line) -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown processor");
        }
        catch (IOException ex) {
            return "unknown processor";
        }
    }

}
