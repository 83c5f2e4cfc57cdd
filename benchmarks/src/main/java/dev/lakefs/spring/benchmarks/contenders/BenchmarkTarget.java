package dev.lakefs.spring.benchmarks.contenders;

import dev.lakefs.spring.benchmarks.server.ServerProcess;

/**
 * Where a contender sends its calls: a server, its credentials, and the repository and branch every call addresses.
 *
 * @param endpoint the API endpoint, ending in {@code /api/v1}
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret access key
 * @param repository the repository id
 * @param branch the branch id
 */
public record BenchmarkTarget(String endpoint, String accessKeyId, String secretAccessKey, String repository,
        String branch) {

    /**
     * The {@code main} branch of a repository of a running server.
     * @param server the server
     * @param repository the repository id
     * @return the target
     */
    public static BenchmarkTarget mainBranch(ServerProcess server, String repository) {
        return new BenchmarkTarget(server.endpoint(), server.accessKeyId(), server.secretAccessKey(), repository,
                "main");
    }

}
