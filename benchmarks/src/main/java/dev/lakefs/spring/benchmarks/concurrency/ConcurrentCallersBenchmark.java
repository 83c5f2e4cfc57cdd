package dev.lakefs.spring.benchmarks.concurrency;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lakefs.spring.benchmarks.ContenderState;
import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;
import dev.lakefs.spring.benchmarks.small.SmallObjects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@value #CALLERS} threads share one client, as the request threads of a web application do, each calling without
 * pause and cycling through stat, get branch, list 100 and upload 1 KiB. The report derives throughput from the mean
 * latency (a closed system: throughput = callers / mean latency).
 * <p>
 * It warms up as long as the small operations: 12 s was not enough for the reactive stack, whose client JVM
 * compiles about 1.7 times as much code as the raw client's (6,400 against 3,900 compiled methods at the end of a
 * fork), and whose CPU per call then included the JIT compiler's work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(ConcurrentCallersBenchmark.CALLERS)
@Fork(1)
public class ConcurrentCallersBenchmark extends ContenderState {

    /** The number of concurrent callers. */
    public static final int CALLERS = 64;

    private final byte[] payload = SmallObjects.uploadPayload();

    @Override
    protected void prepare(LakeFSCalls fixtures) throws IOException {
        SmallObjects.prepare(fixtures);
    }

    @Benchmark
    public Object mixedSmallOperations(Caller caller) throws IOException {
        return switch (caller.nextOperation()) {
            case 0 -> calls().statObject(SmallObjects.STAT_PATH);
            case 1 -> calls().getBranch();
            case 2 -> calls().listObjects(SmallObjects.LIST_PREFIX, SmallObjects.LIST_SIZE);
            default -> calls().upload(caller.uploadPath, this.payload);
        };
    }

    /**
     * One caller's place in the mix, and the path it uploads to (its own, so callers do not overwrite each other).
     */
    @State(Scope.Thread)
    public static class Caller {

        private static final AtomicInteger CALLER_NUMBERS = new AtomicInteger();

        private final int number = CALLER_NUMBERS.incrementAndGet();

        final String uploadPath = "concurrent/caller-" + this.number + ".bin";

        /** Callers start at different places in the mix, so they do not all make the same call at once. */
        private int calls = this.number;

        int nextOperation() {
            return this.calls++ % 4;
        }

    }

}
