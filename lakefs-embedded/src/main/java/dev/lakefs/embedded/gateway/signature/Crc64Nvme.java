package dev.lakefs.embedded.gateway.signature;

import java.util.zip.Checksum;

/**
 * CRC-64/NVME: polynomial 0xAD93D23594C93659, reflected in and out, initial value and final XOR all ones (its check
 * value, of "123456789", is 0xAE8B14860A799888). S3's {@code x-amz-checksum-crc64nvme}.
 */
final class Crc64Nvme implements Checksum {

    /** The polynomial with its bits reversed, for the reflected (least significant bit first) form. */
    private static final long REFLECTED_POLYNOMIAL = Long.reverse(0xAD93D23594C93659L);

    private static final long[] TABLE = table();

    private long crc = -1L;

    @Override
    public void update(int b) {
        this.crc = TABLE[(int) ((this.crc ^ b) & 0xFF)] ^ (this.crc >>> 8);
    }

    @Override
    public void update(byte[] b, int off, int len) {
        long value = this.crc;
        for (int i = off; i < off + len; i++) {
            value = TABLE[(int) ((value ^ b[i]) & 0xFF)] ^ (value >>> 8);
        }
        this.crc = value;
    }

    @Override
    public long getValue() {
        return ~this.crc;
    }

    @Override
    public void reset() {
        this.crc = -1L;
    }

    private static long[] table() {
        long[] table = new long[256];
        for (int n = 0; n < 256; n++) {
            long value = n;
            for (int bit = 0; bit < 8; bit++) {
                value = ((value & 1) != 0) ? (value >>> 1) ^ REFLECTED_POLYNOMIAL : value >>> 1;
            }
            table[n] = value;
        }
        return table;
    }
}
