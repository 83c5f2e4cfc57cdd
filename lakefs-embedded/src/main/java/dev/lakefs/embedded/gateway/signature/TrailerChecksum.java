package dev.lakefs.embedded.gateway.signature;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

import org.jspecify.annotations.Nullable;

/**
 * The trailing checksums lakeFS verifies for {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER} ({@code GetChecksumWriter}),
 * named by {@code x-amz-trailer} and sent base64-encoded, big-endian for the CRCs.
 */
enum TrailerChecksum {

    /** CRC-32 (IEEE). */
    CRC32("x-amz-checksum-crc32", () -> crc(new CRC32(), 4)),

    /** CRC-32C (Castagnoli). */
    CRC32C("x-amz-checksum-crc32c", () -> crc(new CRC32C(), 4)),

    /** CRC-64/NVME. */
    CRC64NVME("x-amz-checksum-crc64nvme", () -> crc(new Crc64Nvme(), 8)),

    /** SHA-256. */
    SHA256("x-amz-checksum-sha256", () -> digest(Hashing.digest("SHA-256"))),

    /** SHA-1. */
    SHA1("x-amz-checksum-sha1", () -> digest(Hashing.digest("SHA-1")));

    private final String trailerName;

    private final Supplier<Running> start;

    TrailerChecksum(String trailerName, Supplier<Running> start) {
        this.trailerName = trailerName;
        this.start = start;
    }

    /**
     * @param trailerName the {@code x-amz-trailer} value, matched exactly as lakeFS does
     * @return the checksum, or null when lakeFS does not support it
     */
    static @Nullable TrailerChecksum named(String trailerName) {
        for (TrailerChecksum checksum : values()) {
            if (checksum.trailerName.equals(trailerName)) {
                return checksum;
            }
        }
        return null;
    }

    /** The trailer's header name, such as {@code x-amz-checksum-crc32}. */
    String trailerName() {
        return this.trailerName;
    }

    /** A checksum over no bytes yet. */
    Running start() {
        return this.start.get();
    }

    /** A checksum being computed. */
    interface Running {

        /** Adds bytes. */
        void update(byte[] bytes, int offset, int length);

        /** The checksum's bytes, as the trailer carries them before base64. */
        byte[] value();
    }

    private static Running crc(Checksum checksum, int width) {
        return new Running() {

            @Override
            public void update(byte[] bytes, int offset, int length) {
                checksum.update(bytes, offset, length);
            }

            @Override
            public byte[] value() {
                byte[] full = ByteBuffer.allocate(8).putLong(checksum.getValue()).array();
                return Arrays.copyOfRange(full, 8 - width, 8);
            }
        };
    }

    private static Running digest(MessageDigest digest) {
        return new Running() {

            @Override
            public void update(byte[] bytes, int offset, int length) {
                digest.update(bytes, offset, length);
            }

            @Override
            public byte[] value() {
                return digest.digest();
            }
        };
    }
}
