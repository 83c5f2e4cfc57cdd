package dev.lakefs.spring.benchmarks.contenders;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.ObjectStats;

import org.springframework.http.MediaType;

/**
 * The blocking high-level API, {@link LakeFS}, used as the README shows it.
 */
final class HighLevelCalls implements LakeFSCalls {

    private final Branch branch;

    HighLevelCalls(BenchmarkTarget target) {
        this.branch = BenchmarkClients.lakeFS(target)
            .repository(target.repository())
            .branch(target.branch());
    }

    @Override
    public ObjectStats statObject(String path) {
        return this.branch.object(path).stat();
    }

    @Override
    public Object getBranch() {
        return this.branch.head();
    }

    @Override
    public int listObjects(String prefix, int amount) {
        int count = 0;
        for (ObjectStats ignored : this.branch.objects(ListOptions.prefixed(prefix).withPageSize(amount)
            .withMax(amount))) {
            count++;
        }
        return count;
    }

    @Override
    public ObjectStats upload(String path, byte[] content) {
        return this.branch.object(path).upload(content);
    }

    @Override
    public ObjectStats upload(String path, Path file) {
        return this.branch.object(path).upload(file, MediaType.APPLICATION_OCTET_STREAM);
    }

    @Override
    public long download(String path) throws IOException {
        return this.branch.object(path).transferTo(OutputStream.nullOutputStream());
    }

    @Override
    public void close() {
        // nothing to release: see ReactiveClientCalls
    }

}
