package dev.lakefs.embedded.durability;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** The journal's framing: records come back in order; a torn or corrupt tail is cut off, never fatal. */
class JournalTests {

    @TempDir
    Path directory;

    @Test
    @DisplayName("records come back in order; a torn last record is dropped and appending goes on after the others")
    void tornTailIsDroppedAndAppendingGoesOn() throws Exception {
        Path file = this.directory.resolve("journal");
        try (Journal journal = Journal.open(file, (record) -> {
        })) {
            journal.append(new JournalRecord.RepositoryDeleted("one"));
            journal.append(new JournalRecord.RepositoryDeleted("two"));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);
        }
        try (Journal journal = Journal.open(file, (record) -> {
        })) {
            journal.append(new JournalRecord.RepositoryDeleted("three"));
        }
        Files.write(file, new byte[] { 0, 0, 0, 40, 1, 2, 3, 4, '{', '"' }, StandardOpenOption.APPEND);
        assertThat(replay(file)).containsExactly(new JournalRecord.RepositoryDeleted("one"),
                new JournalRecord.RepositoryDeleted("three"));
        assertThat(replay(file)).as("the garbage was cut off").hasSize(2);
    }

    @Test
    @DisplayName("a frame whose checksum does not match ends the journal there")
    void corruptFrameEndsTheJournal() throws Exception {
        Path file = this.directory.resolve("journal");
        try (Journal journal = Journal.open(file, (record) -> {
        })) {
            journal.append(new JournalRecord.TokensRevoked(1));
            journal.append(new JournalRecord.TokensRevoked(2));
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] ^= 0x20;
        Files.write(file, bytes);
        assertThat(replay(file)).containsExactly(new JournalRecord.TokensRevoked(1));
    }

    @Test
    @DisplayName("a file that is not a journal is refused with its name")
    void foreignFileIsRefused() throws Exception {
        Path file = Files.writeString(this.directory.resolve("journal"), "not a journal at all");
        assertThatIOException().isThrownBy(() -> Journal.open(file, (record) -> {
        })).withMessageContaining(file.toString()).withMessageContaining("not a lakeFS embedded journal");
    }

    @Test
    @DisplayName("an intact record that cannot be read (another version's) is refused, not dropped")
    void unreadableIntactRecordIsRefused() throws Exception {
        Path file = this.directory.resolve("journal");
        Journal.open(file, (record) -> {
        }).close();
        byte[] payload = "{\"record\":\"from-the-future\"}".getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer frame = ByteBuffer.allocate(8 + payload.length).putInt(payload.length).putInt((int) crc.getValue())
            .put(payload);
        Files.write(file, frame.array(), StandardOpenOption.APPEND);
        long size = Files.size(file);
        assertThatIOException().isThrownBy(() -> replay(file))
            .withMessageContaining("intact but cannot be read")
            .withMessageContaining(file.toString());
        assertThat(Files.size(file)).as("nothing was cut off").isEqualTo(size);
    }

    private static List<JournalRecord> replay(Path file) throws Exception {
        List<JournalRecord> records = new ArrayList<>();
        Journal.open(file, records::add).close();
        return records;
    }
}
