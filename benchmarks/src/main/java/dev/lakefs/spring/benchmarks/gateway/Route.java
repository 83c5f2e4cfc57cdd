package dev.lakefs.spring.benchmarks.gateway;

import java.io.IOException;
import java.nio.file.Path;

import dev.lakefs.spring.benchmarks.contenders.BenchmarkTarget;
import dev.lakefs.spring.benchmarks.contenders.Contender;
import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;

/**
 * The two ways an application moves an object's bytes to and from lakeFS. The enum's names are the JMH parameter
 * values; {@link #label()} is what the report shows.
 */
public enum Route {

    /** lakeFS's REST API through the blocking {@code LakeFS}: the reference. */
    REST("LakeFS (REST API)"),

    /** lakeFS's S3 gateway through the lakeFS S3 client ({@code lakeFSS3Client}). */
    S3_GATEWAY("lakeFS S3 client (AWS SDK v2)");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    /**
     * How the report names this route.
     * @return the label
     */
    public String label() {
        return this.label;
    }

    /**
     * Makes this route's client for a target.
     * @param target where the calls go
     * @return the transfers; close them when done
     */
    Transfers connect(BenchmarkTarget target) {
        if (this == S3_GATEWAY) {
            return new S3GatewayTransfers(target);
        }
        LakeFSCalls calls = Contender.LAKEFS.connect(target);
        return new Transfers() {

            @Override
            public void upload(String path, Path file) throws IOException {
                calls.upload(path, file);
            }

            @Override
            public long download(String path) throws IOException {
                return calls.download(path);
            }

            @Override
            public void close() throws Exception {
                calls.close();
            }

        };
    }

    /** An upload from a file and a download that discards what it reads, on the target's branch. */
    interface Transfers extends AutoCloseable {

        void upload(String path, Path file) throws IOException;

        long download(String path) throws IOException;

    }

}
