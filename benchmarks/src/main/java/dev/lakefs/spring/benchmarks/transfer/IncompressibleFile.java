package dev.lakefs.spring.benchmarks.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Random bytes in a temporary file, so that no layer can make a transfer cheaper by compressing it.
 */
public final class IncompressibleFile {

    /** One MiB: the unit of the benchmarks' sizes, and the size of each write. */
    public static final int MIB = 1024 * 1024;

    private IncompressibleFile() {
    }

    /**
     * Writes a temporary file of random bytes, deleted when the JVM exits if nobody deleted it before (a trial that
     * fails, e.g. a client out of its capped heap, never reaches its tear-down).
     * @param sizeMiB the file's size in MiB
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path create(int sizeMiB) throws IOException {
        Path file = Files.createTempFile("lakefs-benchmark-", ".bin");
        file.toFile().deleteOnExit();
        SplittableRandom random = new SplittableRandom(42);
        byte[] chunk = new byte[MIB];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < sizeMiB; written++) {
                for (int i = 0; i < chunk.length; i += Long.BYTES) {
                    long value = random.nextLong();
                    for (int b = 0; b < Long.BYTES; b++) {
                        chunk[i + b] = (byte) (value >>> (b * 8));
                    }
                }
                out.write(chunk);
            }
        }
        return file;
    }

}
