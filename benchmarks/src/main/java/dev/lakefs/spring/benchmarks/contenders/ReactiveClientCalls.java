package dev.lakefs.spring.benchmarks.contenders;

import java.nio.file.Path;

import dev.lakefs.spring.client.GetObjectOptions;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.ObjectUpload;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.RefInfo;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * The reactive {@link LakeFSClient}, built with its defaults, blocked on for each answer as a caller that needs the
 * result would.
 */
final class ReactiveClientCalls implements LakeFSCalls {

    private final LakeFSClient client;

    private final BenchmarkTarget target;

    ReactiveClientCalls(BenchmarkTarget target) {
        this.client = BenchmarkClients.client(target);
        this.target = target;
    }

    @Override
    public ObjectStats statObject(String path) {
        return this.client.statObject(this.target.repository(), this.target.branch(), path).block();
    }

    @Override
    public RefInfo getBranch() {
        return this.client.getBranch(this.target.repository(), this.target.branch()).block();
    }

    @Override
    public int listObjects(String prefix, int amount) {
        ListOptions page = ListOptions.prefixed(prefix).withPageSize(amount).withMax(amount);
        return this.client.listObjects(this.target.repository(), this.target.branch(), page)
            .count()
            .block()
            .intValue();
    }

    @Override
    public ObjectStats upload(String path, byte[] content) {
        return upload(path, ObjectUpload.of(content));
    }

    @Override
    public ObjectStats upload(String path, Path file) {
        return upload(path, ObjectUpload.of(file));
    }

    private ObjectStats upload(String path, ObjectUpload upload) {
        return this.client.uploadObject(this.target.repository(), this.target.branch(), path, upload).block();
    }

    @Override
    public long download(String path) {
        return this.client.getObject(this.target.repository(), this.target.branch(), path, GetObjectOptions.defaults())
            .flatMapMany((content) -> content.body())
            .map(ReactiveClientCalls::releaseCounting)
            .reduce(0L, Long::sum)
            .block();
    }

    private static long releaseCounting(DataBuffer buffer) {
        long bytes = buffer.readableByteCount();
        DataBufferUtils.release(buffer);
        return bytes;
    }

    @Override
    public void close() {
        // the client holds no resources of its own: Reactor Netty's shared pool outlives it
    }

}
