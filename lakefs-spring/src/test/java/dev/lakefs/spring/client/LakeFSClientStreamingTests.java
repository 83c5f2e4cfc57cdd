package dev.lakefs.spring.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import dev.lakefs.spring.client.model.ObjectStats;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects far larger than any buffer stream both ways: the content is generated chunk by chunk and digested as it
 * arrives, so neither side ever holds it.
 */
class LakeFSClientStreamingTests extends EmbeddedServerSupport {

    private static final int CHUNK = 64 * 1024;

    private static final int SIZE = 32 * 1024 * 1024;

    @Test
    void uploadsAndDownloadsA32MiBObjectChunkByChunk() throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicLong received = new AtomicLong();
        LakeFSClient client = clientBuilder().transferListener(new TransferListener() {

            @Override
            public void bytesSent(String repository, String operationId, long bytes) {
                sent.addAndGet(bytes);
            }

            @Override
            public void bytesReceived(String repository, String operationId, long bytes) {
                received.addAndGet(bytes);
            }

        }).build();
        String repository = newRepository(client);
        ObjectStats stats = client
            .uploadObject(repository, "main", "big.bin", ObjectUpload.ofRepeatable(generate(SIZE), SIZE)).block();
        assertThat(stats.sizeBytes()).isEqualTo(SIZE);
        assertThat(stats.checksum()).isEqualTo(md5(generate(SIZE)));
        assertThat(sent.get()).isEqualTo(SIZE);

        ObjectContent content = client.getObject(repository, "main", "big.bin", GetObjectOptions.defaults()).block();
        assertThat(content.headers().contentLength()).isEqualTo(SIZE);
        assertThat(md5(content.body())).isEqualTo(stats.checksum());
        assertThat(received.get()).isEqualTo(SIZE);
    }

    @Test
    void uploadsAStreamOfUnknownLengthChunked() throws Exception {
        LakeFSClient client = client();
        String repository = newRepository(client);
        int size = 3 * 1024 * 1024 + 17;
        ObjectStats stats = client
            .uploadObject(repository, "main", "chunked.bin", ObjectUpload.of(generate(size), -1)).block();
        assertThat(stats.sizeBytes()).isEqualTo(size);
        assertThat(stats.checksum()).isEqualTo(md5(generate(size)));
    }

    /** Deterministic pseudo-random content, produced lazily in chunks. */
    static Flux<DataBuffer> generate(long size) {
        return Flux.generate(() -> 0L, (offset, sink) -> {
            if (offset >= size) {
                sink.complete();
                return offset;
            }
            int length = (int) Math.min(CHUNK, size - offset);
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                long position = offset + i;
                bytes[i] = (byte) ((position * 31) ^ (position >>> 8));
            }
            sink.next(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
            return offset + length;
        });
    }

    static String md5(Flux<DataBuffer> content) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("MD5");
        content.doOnNext((buffer) -> {
            try (DataBuffer.ByteBufferIterator iterator = buffer.readableByteBuffers()) {
                iterator.forEachRemaining(digest::update);
            }
            DataBufferUtils.release(buffer);
        }).blockLast();
        return HexFormat.of().formatHex(digest.digest());
    }

}
