package dev.lakefs.spring.benchmarks.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.sun.management.OperatingSystemMXBean;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports, after each iteration, what the client process took from the machine: its CPU time per call (all its
 * threads, JIT and GC included), its heap limit and its peak resident set size so far (Linux's {@code VmHWM}, heap,
 * direct buffers and all). The CPU figure is what decides throughput when client and server share saturated cores.
 * It also reports the share of the machine's CPU time the hypervisor gave to other guests during the iteration
 * (Linux's {@code steal}): on a shared virtual machine that is what makes one trial slower than the next.
 */
public final class ClientResourcesProfiler implements InternalProfiler {

    /** The secondary result holding the peak resident set size, in MiB. */
    public static final String PEAK_RSS = "peak-rss";

    /** The secondary result holding the heap limit ({@code -Xmx}), in MiB. */
    public static final String MAX_HEAP = "max-heap";

    /** The secondary result holding the process's CPU time per call, in microseconds. */
    public static final String CPU_PER_CALL = "cpu-per-call";

    /** The secondary result holding the share of the machine's CPU time stolen by the hypervisor, in percent. */
    public static final String STOLEN_CPU = "cpu-stolen";

    private static final double MIB = 1024 * 1024;

    /** The columns of {@code /proc/stat}'s first line that count CPU time: user … steal. */
    private static final int CPU_TIME_COLUMNS = 8;

    private static final int STEAL_COLUMN = 7;

    private static final OperatingSystemMXBean OS = ManagementFactory
        .getPlatformMXBean(OperatingSystemMXBean.class);

    private long cpuAtStart;

    private long @Nullable [] machineTimesAtStart;

    @Override
    public String getDescription() {
        return "CPU time per call, peak resident set size (VmHWM) and heap limit of the benchmark JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        this.cpuAtStart = OS.getProcessCpuTime();
        this.machineTimesAtStart = machineCpuTimes();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        List<Result> results = new ArrayList<>();
        long calls = result.getMetadata().getAllOps();
        if (calls > 0) {
            double micros = (OS.getProcessCpuTime() - this.cpuAtStart) / 1000.0;
            results.add(new ScalarResult(CPU_PER_CALL, micros / calls, "us/op", AggregationPolicy.AVG));
        }
        results.add(new ScalarResult(MAX_HEAP, Runtime.getRuntime().maxMemory() / MIB, "MiB", AggregationPolicy.MAX));
        peakResidentKiB().ifPresent((kib) -> results
            .add(new ScalarResult(PEAK_RSS, kib / 1024.0, "MiB", AggregationPolicy.MAX)));
        stolenPercent(this.machineTimesAtStart, machineCpuTimes()).ifPresent((percent) -> results
            .add(new ScalarResult(STOLEN_CPU, percent, "%", AggregationPolicy.AVG)));
        return results;
    }

    private static Optional<Double> stolenPercent(long @Nullable [] start, long @Nullable [] end) {
        if (start == null || end == null) {
            return Optional.empty();
        }
        long total = 0;
        for (int i = 0; i < CPU_TIME_COLUMNS; i++) {
            total += end[i] - start[i];
        }
        return (total > 0) ? Optional.of(100.0 * (end[STEAL_COLUMN] - start[STEAL_COLUMN]) / total)
                : Optional.empty();
    }

    /** The machine's CPU time so far, in ticks, by kind: user, nice, system, idle, iowait, irq, softirq, steal. */
    private static long @Nullable [] machineCpuTimes() {
        try (BufferedReader stat = Files.newBufferedReader(Path.of("/proc/stat"))) {
            String line = stat.readLine();
            String[] columns = (line != null) ? line.trim().split("\\s+") : new String[0];
            if (columns.length <= CPU_TIME_COLUMNS || !columns[0].equals("cpu")) {
                return null;
            }
            long[] times = new long[CPU_TIME_COLUMNS];
            for (int i = 0; i < CPU_TIME_COLUMNS; i++) {
                times[i] = Long.parseLong(columns[i + 1]);
            }
            return times;
        }
        catch (IOException | RuntimeException ex) {
            // not Linux: the report leaves it out
            return null;
        }
    }

    private static Optional<Long> peakResidentKiB() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status"))
                .stream()
                .filter((line) -> line.startsWith("VmHWM:"))
                .map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst();
        }
        catch (IOException | RuntimeException ex) {
            // not Linux: the report says "n/a"
            return Optional.empty();
        }
    }

}
