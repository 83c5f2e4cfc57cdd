package dev.lakefs.spring.benchmarks.small;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import dev.lakefs.spring.benchmarks.ContenderState;
import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One caller, one small call at a time: the latency distribution of each call, per contender. The warm-up is long
 * because the reactive stack has much more code for the JIT to compile than a blocking client: on two cores, with
 * the server's JVM compiling too, the per-iteration scores of {@code LakeFS} kept falling until about 30 seconds in
 * (listing 100 objects: 2.4 ms at 6 s, 0.79 ms at 18 s, 0.65 ms from 27 s on).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class SmallOperationsBenchmark extends ContenderState {

    private final byte[] payload = SmallObjects.uploadPayload();

    @Override
    protected void prepare(LakeFSCalls fixtures) throws IOException {
        SmallObjects.prepare(fixtures);
    }

    @Benchmark
    public Object statObject() throws IOException {
        return calls().statObject(SmallObjects.STAT_PATH);
    }

    @Benchmark
    public Object getBranch() throws IOException {
        return calls().getBranch();
    }

    @Benchmark
    public int listObjects() throws IOException {
        return calls().listObjects(SmallObjects.LIST_PREFIX, SmallObjects.LIST_SIZE);
    }

    @Benchmark
    public Object uploadObject() throws IOException {
        return calls().upload("small/uploaded.bin", this.payload);
    }

}
