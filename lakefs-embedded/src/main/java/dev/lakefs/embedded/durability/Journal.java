package dev.lakefs.embedded.durability;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An append-only file of {@link JournalRecord}s. After an 8-byte header, each record is a frame: its length (4
 * bytes), the CRC32C of its payload (4 bytes), and the payload (the record as JSON). A frame is written with one
 * write before the request that caused it is answered, without fsync: a killed process loses nothing the operating
 * system accepted; only a machine crash or power loss can lose the last records.
 * <p>
 * Reading stops at the first frame that is incomplete or does not check (a write cut by a crash); the file is
 * truncated there, so appending goes on after the last good record. An intact record that cannot be read (another
 * version's) stops the opening instead: nothing is thrown away.
 */
final class Journal implements AutoCloseable {

    private static final System.Logger logger = System.getLogger(Journal.class.getName());

    private static final byte[] HEADER = "LKFSJRN1".getBytes(StandardCharsets.US_ASCII);

    /** No record is this large; a larger length is a corrupt frame, not an allocation to attempt. */
    private static final int MAX_FRAME = 1 << 30;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path file;

    private final FileChannel channel;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens a journal (creating it when absent), hands every good record to {@code replay} in order, and truncates
     * a torn or corrupt tail.
     * @throws IOException when the file cannot be read or written, or is not a journal
     */
    static Journal open(Path file, Consumer<JournalRecord> replay) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            long good = read(file, channel, replay);
            if (good < channel.size()) {
                logger.log(System.Logger.Level.WARNING, "Journal " + file + ": dropped a torn or corrupt tail of "
                        + (channel.size() - good) + " bytes at offset " + good
                        + " (a write cut short by a crash); the records before it are kept");
                channel.truncate(good);
            }
            channel.position(good);
            return new Journal(file, channel);
        }
        catch (IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }

    /** Reads the records; returns the offset just past the last good one (writing the header of an empty file). */
    private static long read(Path file, FileChannel channel, Consumer<JournalRecord> replay) throws IOException {
        if (channel.size() == 0) {
            channel.write(ByteBuffer.wrap(HEADER), 0);
            return HEADER.length;
        }
        channel.position(0);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
        byte[] header = new byte[HEADER.length];
        try {
            in.readFully(header);
        }
        catch (EOFException ex) {
            throw new IOException(file + " is not a lakeFS embedded journal (too short)");
        }
        if (!Arrays.equals(header, HEADER)) {
            throw new IOException(file + " is not a lakeFS embedded journal (unknown header)");
        }
        long offset = HEADER.length;
        while (true) {
            byte[] payload = nextPayload(in);
            if (payload == null) {
                return offset;
            }
            replay.accept(decode(file, offset, payload));
            offset += 8 + payload.length;
        }
    }

    /** The next frame's payload, or null at the end or at a torn or corrupt frame. */
    private static byte @Nullable [] nextPayload(DataInputStream in) throws IOException {
        try {
            int length = in.readInt();
            int crc = in.readInt();
            if (length <= 0 || length > MAX_FRAME) {
                return null;
            }
            byte[] payload = readPayload(in, length);
            return (payload != null && crc(payload) == crc) ? payload : null;
        }
        catch (EOFException ex) {
            return null;
        }
    }

    /**
     * A record whose checksum holds but that cannot be read was not cut by a crash: it was written by another
     * version. Refused rather than dropped, so that no data is thrown away.
     */
    private static JournalRecord decode(Path file, long offset, byte[] payload) throws IOException {
        try {
            return MAPPER.readValue(payload, JournalRecord.class);
        }
        catch (JacksonException ex) {
            throw new IOException("the record at offset " + offset + " of " + file + " is intact but cannot be read "
                    + "(written by another version of the server?): " + ex.getOriginalMessage(), ex);
        }
    }

    /** The payload, or null when the file ends first (read in chunks: a corrupt length allocates no gigabyte). */
    private static byte @Nullable [] readPayload(InputStream in, int length) throws IOException {
        byte[] payload = in.readNBytes(length);
        return (payload.length == length) ? payload : null;
    }

    private static int crc(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }

    /**
     * Appends a record. A failed write is undone (the file is cut back to where it was), so the journal never holds
     * a torn record in its middle.
     * @throws IOException when the record cannot be written
     */
    synchronized void append(JournalRecord record) throws IOException {
        byte[] payload = MAPPER.writeValueAsBytes(record);
        ByteBuffer frame = ByteBuffer.allocate(8 + payload.length);
        frame.putInt(payload.length).putInt(crc(payload)).put(payload).flip();
        long start = this.channel.position();
        try {
            while (frame.hasRemaining()) {
                this.channel.write(frame);
            }
        }
        catch (IOException ex) {
            try {
                this.channel.truncate(start);
                this.channel.position(start);
            }
            catch (IOException ignored) {
                // the read side drops a torn tail anyway
            }
            throw ex;
        }
    }

    /** Drops every record. */
    synchronized void truncate() throws IOException {
        this.channel.truncate(HEADER.length);
        this.channel.position(HEADER.length);
    }

    Path file() {
        return this.file;
    }

    @Override
    public synchronized void close() throws IOException {
        this.channel.close();
    }
}
