package dev.lakefs.spring.benchmarks.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.lakefs.spring.benchmarks.ServerState;
import dev.lakefs.spring.benchmarks.contenders.BenchmarkTarget;
import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;
import dev.lakefs.spring.benchmarks.transfer.IncompressibleFile;
import dev.lakefs.spring.benchmarks.transfer.LargeTransferBenchmark;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Uploads and downloads {@value #OBJECT_MIB} MiB through the S3 gateway and, for comparison in the same run, through
 * the REST API, in a client JVM capped at the same heap as {@link LargeTransferBenchmark}. The report turns the time
 * per transfer into MiB/s and divides the gateway's throughput by the REST path's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 6, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx" + LargeTransferBenchmark.HEAP_LIMIT_MIB + "m")
public class S3GatewayTransferBenchmark extends ServerState {

    /** The size of the object transferred, in MiB. */
    public static final int OBJECT_MIB = 64;

    private static final String DOWNLOADED = "gateway/download-me.bin";

    /** The route compared in this trial; JMH runs the benchmark once per route. */
    @Param
    public Route route = Route.S3_GATEWAY;

    private Route.@Nullable Transfers transfers;

    private @Nullable Path file;

    @Override
    protected void prepare(LakeFSCalls fixtures) throws IOException {
        Path written = IncompressibleFile.create(OBJECT_MIB);
        this.file = written;
        fixtures.upload(DOWNLOADED, written);
    }

    @Override
    protected void connect(BenchmarkTarget target) {
        this.transfers = this.route.connect(target);
    }

    @Benchmark
    public void upload() throws IOException {
        transfers().upload("gateway/uploaded.bin", sourceFile());
    }

    @Benchmark
    public long download() throws IOException {
        long bytes = transfers().download(DOWNLOADED);
        if (bytes != (long) OBJECT_MIB * IncompressibleFile.MIB) {
            throw new IOException("Downloaded " + bytes + " bytes of " + OBJECT_MIB + " MiB");
        }
        return bytes;
    }

    private Route.Transfers transfers() {
        if (this.transfers == null) {
            throw new IllegalStateException("The trial has not started");
        }
        return this.transfers;
    }

    private Path sourceFile() {
        if (this.file == null) {
            throw new IllegalStateException("The trial has not started");
        }
        return this.file;
    }

    @Override
    protected void disconnect() throws Exception {
        if (this.transfers != null) {
            this.transfers.close();
        }
    }

    @TearDown(Level.Trial)
    public void deleteSourceFile() throws IOException {
        if (this.file != null) {
            Files.deleteIfExists(this.file);
        }
    }

}
