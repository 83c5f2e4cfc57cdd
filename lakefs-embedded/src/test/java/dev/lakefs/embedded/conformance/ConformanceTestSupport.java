package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.BranchesApi;
import io.lakefs.clients.sdk.CommitsApi;
import io.lakefs.clients.sdk.ConfigApi;
import io.lakefs.clients.sdk.ExperimentalApi;
import io.lakefs.clients.sdk.ImportApi;
import io.lakefs.clients.sdk.InternalApi;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.RefsApi;
import io.lakefs.clients.sdk.RepositoriesApi;
import io.lakefs.clients.sdk.StagingApi;
import io.lakefs.clients.sdk.TagsApi;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.Repository;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

import dev.lakefs.embedded.EmbeddedLakeFS;

/**
 * One embedded server per test class, the official SDK pointed at it with basic auth, and a fresh repository
 * (default branch {@code main}) for every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConformanceTestSupport {

    /** §5.4: commit ids are 64 lowercase hex characters. */
    static final String COMMIT_ID_PATTERN = "^[0-9a-f]{64}$";

    private static final AtomicInteger repositoryCounter = new AtomicInteger();

    protected EmbeddedLakeFS server;

    private ApiClient client;

    protected RawHttp http;

    protected RepositoriesApi repositories;

    protected BranchesApi branches;

    protected CommitsApi commits;

    protected RefsApi refs;

    protected TagsApi tags;

    protected ObjectsApi objects;

    protected StagingApi staging;

    protected ImportApi imports;

    protected ConfigApi config;

    protected InternalApi internal;

    protected ExperimentalApi experimental;

    /** The repository created for the running test; its default branch is {@code main}. */
    protected String repo;

    private Path scratch;

    @BeforeAll
    void startServer() throws IOException {
        this.server = EmbeddedLakeFS.builder().build().start();
        this.scratch = Files.createTempDirectory("lakefs-conformance");
        this.client = anonymousClient();
        this.client.setUsername(this.server.accessKeyId());
        this.client.setPassword(this.server.secretAccessKey());
        this.http = new RawHttp(this.server);
        this.repositories = new RepositoriesApi(this.client);
        this.branches = new BranchesApi(this.client);
        this.commits = new CommitsApi(this.client);
        this.refs = new RefsApi(this.client);
        this.tags = new TagsApi(this.client);
        this.objects = new ObjectsApi(this.client);
        this.staging = new StagingApi(this.client);
        this.imports = new ImportApi(this.client);
        this.config = new ConfigApi(this.client);
        this.internal = new InternalApi(this.client);
        this.experimental = new ExperimentalApi(this.client);
    }

    @AfterAll
    void stopServer() throws IOException {
        if (this.server != null) {
            this.server.stop();
        }
        if (this.scratch != null) {
            try (Stream<Path> files = Files.walk(this.scratch)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void createTestRepository(TestInfo testInfo) throws ApiException {
        this.repo = uniqueName(testInfo.getTestMethod().map(method -> method.getName()).orElse("test"));
        createRepository(this.repo);
    }

    /** An SDK client for this server that sends no credentials. */
    protected ApiClient anonymousClient() {
        ApiClient anonymous = new ApiClient();
        anonymous.setBasePath(this.server.endpoint());
        anonymous.setTempFolderPath(this.scratch.toString());
        // Generous for a loaded CI machine, still short enough to report a hung request as a failure
        anonymous.setReadTimeout(30_000);
        return anonymous;
    }

    /** A repository name (§5.2 rule) that no other test of this JVM uses. */
    protected static String uniqueName(String hint) {
        String cleaned = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String name = "r" + repositoryCounter.incrementAndGet() + "-" + cleaned;
        return (name.length() > 50) ? name.substring(0, 50) : name;
    }

    protected static String namespaceOf(String repository) {
        return "mem://conformance/" + repository;
    }

    protected Repository createRepository(String name) throws ApiException {
        return this.repositories
                .createRepository(new RepositoryCreation().name(name).storageNamespace(namespaceOf(name)))
                .execute();
    }

    protected String createBranch(String name, String source) throws ApiException {
        return this.branches.createBranch(this.repo, new BranchCreation().name(name).source(source)).execute();
    }

    protected String headOf(String branch) throws ApiException {
        return this.branches.getBranch(this.repo, branch).execute().getCommitId();
    }

    /** Uploads through the SDK (a multipart body whose {@code content} part type follows the file suffix). */
    protected ObjectStats upload(String branch, String path, String content) throws ApiException {
        return upload(branch, path, content.getBytes(StandardCharsets.UTF_8), ".bin");
    }

    protected ObjectStats upload(String branch, String path, byte[] content, String fileSuffix) throws ApiException {
        Path file = writeScratchFile(content, fileSuffix);
        try {
            return this.objects.uploadObject(this.repo, branch, path).content(file.toFile()).execute();
        }
        finally {
            file.toFile().delete();
        }
    }

    /** Uploads a raw (non-multipart) body; {@code headers} are name/value pairs. Expects lakeFS's 201. */
    protected ObjectStats uploadRaw(String branch, String path, byte[] content, String... headers) {
        HttpResponse<byte[]> response = this.http.send("POST", objectPath(branch, path), content, headers);
        assertThat(response.statusCode()).as(bodyOf(response)).isEqualTo(201);
        return parse(response, ObjectStats::fromJson);
    }

    protected Commit commit(String branch, String message) throws ApiException {
        return commit(branch, message, Map.of());
    }

    protected Commit commit(String branch, String message, Map<String, String> metadata) throws ApiException {
        return this.commits.commit(this.repo, branch, new CommitCreation().message(message).metadata(metadata))
                .execute();
    }

    /** Reads an object through the SDK (which downloads it to a temp file). */
    protected String read(String ref, String path) throws ApiException {
        return new String(readBytes(ref, path), StandardCharsets.UTF_8);
    }

    protected byte[] readBytes(String ref, String path) throws ApiException {
        return consume(this.objects.getObject(this.repo, ref, path).execute());
    }

    /** The bytes of a file the SDK downloaded, deleting it. */
    protected static byte[] consume(File file) {
        try {
            return Files.readAllBytes(file.toPath());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            file.delete();
        }
    }

    protected List<String> pathsOf(String ref, String prefix) throws ApiException {
        return this.objects.listObjects(this.repo, ref).prefix(prefix).amount(1000).execute().getResults().stream()
                .map(ObjectStats::getPath).toList();
    }

    /** {@code /repositories/{repo}/branches/{branch}/objects?path=...} for raw requests. */
    protected String objectPath(String branch, String path) {
        return "/repositories/" + this.repo + "/branches/" + branch + "/objects?path=" + RawHttp.encode(path);
    }

    /** {@code /repositories/{repo}/refs/{ref}/objects?path=...} for raw reads. */
    protected String refObjectPath(String ref, String path) {
        return "/repositories/" + this.repo + "/refs/" + ref + "/objects?path=" + RawHttp.encode(path);
    }

    protected Path writeScratchFile(byte[] content, String suffix) {
        try {
            Path file = Files.createTempFile(this.scratch, "upload-", suffix);
            return Files.write(file, content);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs a call that must fail with the given HTTP status and returns the SDK's exception. */
    protected static ApiException failsWith(int status, ThrowingCallable call) {
        ApiException ex = catchThrowableOfType(ApiException.class, call);
        assertThat(ex).as("expected an HTTP %d answer", status).isNotNull();
        assertThat(ex.getCode()).as("status of %s", ex.getResponseBody()).isEqualTo(status);
        return ex;
    }

    /** The {@code message} of lakeFS's {@code Error} body (§2), parsed by the SDK's model, which requires it. */
    protected static String messageOf(ApiException ex) {
        return errorMessage(ex.getResponseBody());
    }

    protected static String messageOf(HttpResponse<byte[]> response) {
        return errorMessage(bodyOf(response));
    }

    private static String errorMessage(@Nullable String body) {
        assertThat(body).as("an Error body").isNotBlank();
        try {
            return io.lakefs.clients.sdk.model.Error.fromJson(body).getMessage();
        }
        catch (IOException | RuntimeException ex) {
            throw new AssertionError("not a lakeFS Error body: " + body, ex);
        }
    }

    protected static String bodyOf(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Parses a raw JSON response with an SDK model's validating {@code fromJson}. */
    protected static <T> T parse(HttpResponse<byte[]> response, JsonParser<T> parser) {
        String body = bodyOf(response);
        try {
            return parser.parse(body);
        }
        catch (IOException | RuntimeException ex) {
            throw new AssertionError("response does not match the spec model: " + body, ex);
        }
    }

    protected static String md5Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    protected static String md5Hex(String content) {
        return md5Hex(content.getBytes(StandardCharsets.UTF_8));
    }

    protected static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    /** An SDK model's static {@code fromJson}. */
    @FunctionalInterface
    protected interface JsonParser<T> {

        T parse(String json) throws IOException;

    }

}
