package dev.lakefs.spring.s3;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builders of AWS SDK for Java v2 S3 clients set up for lakeFS's S3 gateway, for applications with or without Spring
 * Boot:
 * <pre class="code">
 * S3Client s3 = LakeFSS3.clientBuilder(URI.create("https://lakefs.example.com"), accessKeyId, secretAccessKey)
 *     .build();
 * s3.putObject((put) -&gt; put.bucket("example-repo").key("main/text/sample_data.txt"),
 *     RequestBody.fromString("This is my object data"));
 * </pre>
 * The bucket is the repository and the key is {@code <ref>/<path>}. The builders apply what lakeFS needs:
 * <ul>
 * <li>the endpoint is the lakeFS server's root (an API URL ending in {@code /api/v1} is accepted and trimmed), with
 * path-style addressing, since lakeFS serves virtual-host style only under its own gateway domain;</li>
 * <li>region {@code us-east-1}: lakeFS signs with the region the client names and checks none;</li>
 * <li>request checksums and response validation only when an operation requires them: by default the SDK sends
 * uploads over {@code http://} as {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER}, a payload mode lakeFS does not
 * accept, and lakeFS returns no flexible checksums to validate;</li>
 * <li>the lakeFS key pair as static credentials;</li>
 * <li>{@link LakeFSS3TransactionInterceptor}, so that the client follows the branch transactions of its thread.</li>
 * </ul>
 * Anything else (HTTP client, timeouts, more interceptors) is set on the returned builder.
 */
public final class LakeFSS3 {

    /** The region the clients sign with unless told otherwise; lakeFS accepts any. */
    public static final Region DEFAULT_REGION = Region.US_EAST_1;

    private static final String API_PATH = "/api/v1";

    private LakeFSS3() {
    }

    /**
     * A builder of S3 clients for the lakeFS server at {@code endpoint}, authenticated with a lakeFS key pair.
     * @param endpoint the lakeFS server, e.g. {@code https://lakefs.example.com} (its API URL works too)
     * @param accessKeyId the lakeFS access key id
     * @param secretAccessKey the lakeFS secret access key
     * @return the builder, ready to build
     */
    public static S3ClientBuilder clientBuilder(URI endpoint, String accessKeyId, String secretAccessKey) {
        return clientBuilder(endpoint, credentials(accessKeyId, secretAccessKey));
    }

    /**
     * A builder of S3 clients for the lakeFS server at {@code endpoint}.
     * @param endpoint the lakeFS server, e.g. {@code https://lakefs.example.com} (its API URL works too)
     * @param credentials the lakeFS key pair, as AWS credentials
     * @return the builder, ready to build
     */
    public static S3ClientBuilder clientBuilder(URI endpoint, AwsCredentialsProvider credentials) {
        S3ClientBuilder builder = S3Client.builder()
            .endpointOverride(gatewayEndpoint(endpoint))
            .forcePathStyle(true)
            .region(DEFAULT_REGION)
            .credentialsProvider(credentials)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        return withTransactionRouting(builder);
    }

    /**
     * A builder of presigners for the lakeFS server at {@code endpoint}, with path-style URLs. lakeFS accepts
     * presigned URLs valid for up to 7 days. Presigning happens when the URL is made, outside any transaction: URLs
     * name the branch they are given.
     * @param endpoint the lakeFS server, e.g. {@code https://lakefs.example.com} (its API URL works too)
     * @param credentials the lakeFS key pair, as AWS credentials
     * @return the builder, ready to build
     */
    public static S3Presigner.Builder presignerBuilder(URI endpoint, AwsCredentialsProvider credentials) {
        return S3Presigner.builder()
            .endpointOverride(gatewayEndpoint(endpoint))
            .region(DEFAULT_REGION)
            .credentialsProvider(credentials)
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
    }

    /**
     * The lakeFS key pair as AWS credentials; anonymous when both are {@code null}.
     * @param accessKeyId the lakeFS access key id
     * @param secretAccessKey the lakeFS secret access key
     * @return the credentials provider
     */
    public static AwsCredentialsProvider credentials(@Nullable String accessKeyId, @Nullable String secretAccessKey) {
        if (accessKeyId == null && secretAccessKey == null) {
            return AnonymousCredentialsProvider.create();
        }
        if (accessKeyId == null || secretAccessKey == null) {
            throw new IllegalArgumentException("The lakeFS access key id and secret access key go together: "
                    + ((accessKeyId == null) ? "the access key id" : "the secret access key") + " is missing");
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }

    /**
     * The S3 gateway's endpoint for a lakeFS URL: lakeFS serves it at the root of the server, on the API's port, so
     * a trailing {@code /api/v1} (and a trailing slash) is removed.
     * @param endpoint the lakeFS server or its API URL
     * @return the server's root URL
     * @throws IllegalArgumentException when {@code endpoint} is not an absolute http(s) URL with a host
     */
    public static URI gatewayEndpoint(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || endpoint.getHost() == null) {
            throw new IllegalArgumentException(
                    "The lakeFS endpoint '" + endpoint + "' is not an http(s) URL with a host");
        }
        String path = (endpoint.getRawPath() != null) ? endpoint.getRawPath() : "";
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(API_PATH)) {
            path = path.substring(0, path.length() - API_PATH.length());
        }
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path);
    }

    /**
     * Makes sure a builder routes requests into the branch transactions of the calling thread: adds a
     * {@link LakeFSS3TransactionInterceptor} unless it has one. Useful after code that replaced the builder's
     * {@link ClientOverrideConfiguration}.
     * @param builder the builder
     * @return the builder
     */
    public static S3ClientBuilder withTransactionRouting(S3ClientBuilder builder) {
        ClientOverrideConfiguration configuration = builder.overrideConfiguration();
        boolean present = configuration.executionInterceptors()
            .stream()
            .anyMatch(LakeFSS3TransactionInterceptor.class::isInstance);
        return present ? builder : addInterceptor(builder, new LakeFSS3TransactionInterceptor());
    }

    /**
     * Adds an interceptor to a builder, keeping its other override settings and interceptors (the SDK's
     * {@code overrideConfiguration(Consumer)} starts from scratch and would drop them).
     * @param builder the builder
     * @param interceptor the interceptor to add
     * @return the builder
     */
    public static S3ClientBuilder addInterceptor(S3ClientBuilder builder, ExecutionInterceptor interceptor) {
        return builder.overrideConfiguration(
                builder.overrideConfiguration().toBuilder().addExecutionInterceptor(interceptor).build());
    }

}
