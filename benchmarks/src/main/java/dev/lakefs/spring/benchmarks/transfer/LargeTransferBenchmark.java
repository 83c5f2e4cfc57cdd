package dev.lakefs.spring.benchmarks.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.lakefs.spring.benchmarks.ContenderState;
import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;
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
 * Uploads a file of {@link #sizeMiB} MiB and downloads an object of that size, streamed and discarded, in a client JVM
 * whose heap is capped at {@value #HEAP_LIMIT_MIB} MiB: a client that buffered a whole object would fail here, not
 * just slow down. The report turns the time per transfer into MiB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 6, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx" + LargeTransferBenchmark.HEAP_LIMIT_MIB + "m")
public class LargeTransferBenchmark extends ContenderState {

    /** The client JVM's heap limit, in MiB. */
    public static final int HEAP_LIMIT_MIB = 128;

    private static final String DOWNLOADED = "large/download-me.bin";

    /** The size of the object transferred, in MiB. */
    @Param({ "64", "1024" })
    public int sizeMiB;

    private @Nullable Path file;

    @Override
    protected void prepare(LakeFSCalls fixtures) throws IOException {
        Path written = IncompressibleFile.create(this.sizeMiB);
        this.file = written;
        fixtures.upload(DOWNLOADED, written);
    }

    @Benchmark
    public Object upload() throws IOException {
        return calls().upload("large/uploaded.bin", sourceFile());
    }

    @Benchmark
    public long download() throws IOException {
        long bytes = calls().download(DOWNLOADED);
        if (bytes != (long) this.sizeMiB * IncompressibleFile.MIB) {
            throw new IOException("Downloaded " + bytes + " bytes of " + this.sizeMiB + " MiB");
        }
        return bytes;
    }

    private Path sourceFile() {
        if (this.file == null) {
            throw new IllegalStateException("The trial has not started");
        }
        return this.file;
    }

    @TearDown(Level.Trial)
    public void deleteSourceFile() throws IOException {
        if (this.file != null) {
            Files.deleteIfExists(this.file);
        }
    }

}
