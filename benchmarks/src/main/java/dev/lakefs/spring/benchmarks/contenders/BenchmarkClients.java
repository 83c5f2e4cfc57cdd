package dev.lakefs.spring.benchmarks.contenders;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.LakeFSOptions;
import dev.lakefs.spring.LakeFSOptions.PreSign;
import dev.lakefs.spring.client.LakeFSClient;

/**
 * This project's clients as the benchmarks build them: with the defaults a user gets, except that {@link LakeFS}
 * sends object data through the lakeFS API like every other contender. By default it moves data through presigned
 * URLs when the server's storage supports them, as the embedded server's does: against real lakeFS that sends the
 * bytes straight to the object store, but here the "object store" is the same server, so it would only add two calls
 * to each transfer.
 */
public final class BenchmarkClients {

    private BenchmarkClients() {
    }

    /**
     * The reactive client.
     * @param target where the calls go
     * @return the client
     */
    public static LakeFSClient client(BenchmarkTarget target) {
        return LakeFSClient.builder()
            .endpoint(target.endpoint())
            .credentials(target.accessKeyId(), target.secretAccessKey())
            .build();
    }

    /**
     * The blocking high-level API.
     * @param target where the calls go
     * @return the API's entry point
     */
    public static LakeFS lakeFS(BenchmarkTarget target) {
        return LakeFS.of(client(target), LakeFSOptions.defaults().withPreSign(PreSign.NEVER));
    }

}
