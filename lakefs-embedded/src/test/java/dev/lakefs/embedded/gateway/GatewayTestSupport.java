package dev.lakefs.embedded.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.embedded.junit.TestRepository;
import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.BranchesApi;
import io.lakefs.clients.sdk.CommitsApi;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.RepositoriesApi;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Base of the gateway tests: one embedded server per class, a fresh repository (branch {@code main}) per test, the
 * AWS SDK's {@code S3Client} set up as lakeFS requires (path style, the server's keys, checksums only when required,
 * no retries so that every error shows as it is answered), and the lakeFS SDK for the REST door.
 */
@EmbeddedLakeFSTest
abstract class GatewayTestSupport {

    static EmbeddedLakeFS lakeFS;

    @TestRepository
    String repository;

    S3Client s3;

    ObjectsApi objects;

    CommitsApi commits;

    BranchesApi branches;

    RepositoriesApi repositories;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void createClients() {
        this.s3 = s3Client((builder) -> {
        });
        ApiClient client = new ApiClient();
        client.setBasePath(lakeFS.endpoint());
        client.setUsername(lakeFS.accessKeyId());
        client.setPassword(lakeFS.secretAccessKey());
        this.objects = new ObjectsApi(client);
        this.commits = new CommitsApi(client);
        this.branches = new BranchesApi(client);
        this.repositories = new RepositoriesApi(client);
    }

    @AfterEach
    void closeClients() {
        this.s3.close();
    }

    /** An S3 client configured as lakeFS's documentation says, then customized. */
    static S3Client s3Client(Consumer<S3ClientBuilder> customizer) {
        S3ClientBuilder builder = S3Client.builder()
            .endpointOverride(URI.create(lakeFS.url()))
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider
                .create(AwsBasicCredentials.create(lakeFS.accessKeyId(), lakeFS.secretAccessKey())))
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry()));
        customizer.accept(builder);
        return builder.build();
    }

    static S3Presigner presigner() {
        return S3Presigner.builder()
            .endpointOverride(URI.create(lakeFS.url()))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider
                .create(AwsBasicCredentials.create(lakeFS.accessKeyId(), lakeFS.secretAccessKey())))
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .build();
    }

    /** Puts a text object through the gateway; returns the ETag. */
    String put(String key, String content) {
        return this.s3.putObject((request) -> request.bucket(this.repository).key(key).contentType("text/plain"),
                RequestBody.fromString(content)).eTag();
    }

    /** Reads an object through the gateway as text. */
    String get(String key) {
        return this.s3.getObjectAsBytes((request) -> request.bucket(this.repository).key(key)).asUtf8String();
    }

    /** Commits the branch through the REST API. */
    Commit commit(String branch, String message) throws Exception {
        return this.commits.commit(this.repository, branch, new CommitCreation().message(message)).execute();
    }

    /** The S3 error a call fails with. */
    static S3Exception s3Error(ThrowingCallable call) {
        S3Exception error = catchThrowableOfType(S3Exception.class, call);
        if (error == null) {
            throw new AssertionError("Expected an S3Exception");
        }
        return error;
    }

    /** Sends a request with the JDK client (presigned URLs, raw bodies). */
    HttpResponse<String> send(HttpRequest request) {
        try {
            return this.http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Sends a request signed by the SDK's own SigV4 signer (signed payload) with the JDK client: for bodies the
     * S3 client would never build.
     */
    HttpResponse<String> signed(String method, String pathAndQuery, byte[] body) {
        return signed(method, pathAndQuery, body, false, UnaryOperator.identity());
    }

    /**
     * Signs a request as the SDK does (payload signed; with {@code chunked}, aws-chunked with chunk signatures),
     * then sends what {@code tamper} makes of the signed body.
     */
    HttpResponse<String> signed(String method, String pathAndQuery, byte[] body, boolean chunked,
            UnaryOperator<byte[]> tamper) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
            .method(SdkHttpMethod.fromValue(method))
            .uri(URI.create(lakeFS.url() + pathAndQuery))
            .putHeader("Content-Type", "application/xml");
        if (chunked) {
            request.putHeader("Content-Length", Integer.toString(body.length));
        }
        var signed = AwsV4HttpSigner.create().sign((builder) -> builder
            .identity(AwsCredentialsIdentity.create(lakeFS.accessKeyId(), lakeFS.secretAccessKey()))
            .request(request.build())
            .payload(ContentStreamProvider.fromByteArray(body))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
            .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
            .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
            .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
            .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
            .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, chunked));
        byte[] sentBody = signed.payload().map(GatewayTestSupport::readAll).orElse(new byte[0]);
        HttpRequest.Builder builder = HttpRequest.newBuilder(signed.request().getUri())
            .method(method, HttpRequest.BodyPublishers.ofByteArray(tamper.apply(sentBody)));
        signed.request().forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return send(builder.build());
    }

    private static byte[] readAll(ContentStreamProvider provider) {
        try (InputStream in = provider.newStream()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String md5(String text) {
        return md5(text.getBytes(StandardCharsets.UTF_8));
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
