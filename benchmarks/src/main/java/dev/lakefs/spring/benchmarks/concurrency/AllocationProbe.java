package dev.lakefs.spring.benchmarks.concurrency;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.sun.management.ThreadMXBean;

import dev.lakefs.spring.benchmarks.contenders.BenchmarkTarget;
import dev.lakefs.spring.benchmarks.contenders.Contender;
import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;
import dev.lakefs.spring.benchmarks.server.ServerProcess;
import dev.lakefs.spring.benchmarks.small.SmallObjects;

/**
 * Bytes a contender's JVM allocates per call of each small operation, counted over all its threads (the caller's and
 * the transport's) for a fixed number of calls, and the voluntary context switches of those threads per call. Run with {@code -Xint}, the count does not depend on what the JIT
 * has compiled or on the machine's load, so two builds of the client can be compared on a busy machine, where JMH's
 * {@code -prof gc} (allocation over a stretch of time, with escape analysis coming and going) moves by ±30 %:
 * <pre>
 * java -Xint -cp benchmarks/target/lakefs-benchmarks.jar dev.lakefs.spring.benchmarks.concurrency.AllocationProbe LAKEFS 20 100
 * </pre>
 * Arguments: the contender, the calls made first (not counted) and the calls counted, per operation.
 */
public final class AllocationProbe {

    private static final List<String> OPERATIONS = List.of("stat", "getBranch", "list100", "upload1KiB");

    private AllocationProbe() {
    }

    /**
     * Prints the bytes allocated per call of each operation.
     * @param args the contender, the calls not counted, the calls counted
     * @throws Exception if the server cannot be started or a call fails
     */
    public static void main(String[] args) throws Exception {
        Contender contender = Contender.valueOf(args[0]);
        int uncounted = Integer.parseInt(args[1]);
        int counted = Integer.parseInt(args[2]);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] payload = SmallObjects.uploadPayload();
        try (ServerProcess server = ServerProcess.start()) {
            server.createRepository("benchmarks");
            BenchmarkTarget target = BenchmarkTarget.mainBranch(server, "benchmarks");
            try (LakeFSCalls fixtures = Contender.RAW_HTTP_CLIENT.connect(target)) {
                SmallObjects.prepare(fixtures);
            }
            StringBuilder line = new StringBuilder(contender.name());
            try (LakeFSCalls calls = contender.connect(target)) {
                for (String operation : OPERATIONS) {
                    call(calls, operation, payload, uncounted);
                    long before = allocated(threads);
                    long switchesBefore = voluntaryContextSwitches();
                    call(calls, operation, payload, counted);
                    long perCall = (allocated(threads) - before) / counted;
                    double switches = (double) (voluntaryContextSwitches() - switchesBefore) / counted;
                    line.append(String.format("  %s %,d B/call %.1f cs/call", operation, perCall, switches));
                }
            }
            System.out.println(line);
        }
    }

    private static void call(LakeFSCalls calls, String operation, byte[] payload, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            switch (operation) {
                case "stat" -> calls.statObject(SmallObjects.STAT_PATH);
                case "getBranch" -> calls.getBranch();
                case "list100" -> calls.listObjects(SmallObjects.LIST_PREFIX, SmallObjects.LIST_SIZE);
                default -> calls.upload("probe/upload.bin", payload);
            }
        }
    }

    /**
     * Voluntary context switches so far of the live threads of this JVM (Linux only, else 0): each one is a thread
     * that parked, mostly to be woken by another, so it counts hand-offs between the caller and the transport.
     */
    private static long voluntaryContextSwitches() throws IOException {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long total = 0;
        try (Stream<Path> each = Files.list(tasks)) {
            for (Path task : each.toList()) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                }
                catch (NoSuchFileException ended) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return total;
    }

    /** Bytes allocated so far by the live threads; threads that ended in between are not counted. */
    private static long allocated(ThreadMXBean threads) {
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

}
