package dev.lakefs.spring.benchmarks.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;

import dev.lakefs.spring.benchmarks.contenders.BenchmarkTarget;
import dev.lakefs.spring.s3.LakeFSS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Transfers through lakeFS's S3 gateway with an {@link S3Client} built by {@link LakeFSS3}, on the HTTP client the
 * Boot auto-configuration gives {@code lakeFSS3Client}. Keys are {@code <branch>/<path>} in the repository's bucket.
 */
final class S3GatewayTransfers implements Route.Transfers {

    private final S3Client s3;

    private final String bucket;

    private final String branch;

    S3GatewayTransfers(BenchmarkTarget target) {
        this.s3 = LakeFSS3.clientBuilder(URI.create(target.endpoint()), target.accessKeyId(), target.secretAccessKey())
            .httpClientBuilder(Apache5HttpClient.builder())
            .build();
        this.bucket = target.repository();
        this.branch = target.branch();
    }

    @Override
    public void upload(String path, Path file) {
        this.s3.putObject((request) -> request.bucket(this.bucket)
            .key(this.branch + "/" + path)
            .contentType("application/octet-stream"), RequestBody.fromFile(file));
    }

    @Override
    public long download(String path) throws IOException {
        try (InputStream in = this.s3.getObject((request) -> request.bucket(this.bucket)
            .key(this.branch + "/" + path))) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    @Override
    public void close() {
        this.s3.close();
    }

}
