package dev.lakefs.spring.benchmarks.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
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

    private static final int CHUNK = 1024 * 1024;

    /** The size of the object transferred, in MiB. */
    @Param({ "64", "1024" })
    public int sizeMiB;

    private @Nullable Path file;

    @Override
    protected void prepare(LakeFSCalls fixtures) throws IOException {
        Path written = Files.createTempFile("lakefs-benchmark-", ".bin");
        this.file = written;
        // a trial that fails (a client out of its capped heap) never reaches its tear-down; its JVM still exits
        written.toFile().deleteOnExit();
        writeIncompressible(written, (long) this.sizeMiB * CHUNK);
        fixtures.upload(DOWNLOADED, written);
    }

    /** Random bytes, so that no layer can make the transfer cheaper by compressing it. */
    private static void writeIncompressible(Path file, long size) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += chunk.length) {
                for (int i = 0; i < chunk.length; i += Long.BYTES) {
                    long value = random.nextLong();
                    for (int b = 0; b < Long.BYTES; b++) {
                        chunk[i + b] = (byte) (value >>> (b * 8));
                    }
                }
                out.write(chunk);
            }
        }
    }

    @Benchmark
    public Object upload() throws IOException {
        return calls().upload("large/uploaded.bin", sourceFile());
    }

    @Benchmark
    public long download() throws IOException {
        long bytes = calls().download(DOWNLOADED);
        if (bytes != (long) this.sizeMiB * CHUNK) {
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
