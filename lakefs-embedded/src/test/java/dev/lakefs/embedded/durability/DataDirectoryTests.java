package dev.lakefs.embedded.durability;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import dev.lakefs.embedded.EmbeddedLakeFS;
import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.AuthApi;
import io.lakefs.clients.sdk.BranchesApi;
import io.lakefs.clients.sdk.CommitsApi;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.RefsApi;
import io.lakefs.clients.sdk.RepositoriesApi;
import io.lakefs.clients.sdk.TagsApi;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.BranchProtectionRule;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.LoginInformation;
import io.lakefs.clients.sdk.model.Merge;
import io.lakefs.clients.sdk.model.Ref;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A server with a data directory keeps its state across a graceful stop and a {@code kill -9}: each test runs the
 * standalone server in a JVM of its own, talks to it with the lakeFS SDK over HTTP, stops or kills it, and checks
 * what a new server on the same directory serves.
 */
class DataDirectoryTests {

    private static final String REPOSITORY = "durable";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDirectory;

    @Test
    @DisplayName("a stop and a start keep history, branches, tags, staging, objects, protection, metadata and tokens")
    void restartKeepsEverything() throws Exception {
        List<String> mainLog;
        Map<String, String> heads;
        String token;
        try (ForkedServer server = ForkedServer.start(this.dataDirectory)) {
            ApiClient client = server.client();
            new RepositoriesApi(client).createRepository(new RepositoryCreation().name(REPOSITORY)
                .storageNamespace("mem://durable/repo").defaultBranch("main")).execute();
            upload(client, "main", "data/a.csv", "a,1\n");
            upload(client, "main", "data/b.csv", "b,2\n");
            new CommitsApi(client).commit(REPOSITORY, "main", new CommitCreation().message("first data")
                .metadata(Map.of("source", "test"))).execute();
            new TagsApi(client).createTag(REPOSITORY, new TagCreation().id("v1").ref("main")).execute();
            new BranchesApi(client).createBranch(REPOSITORY, new BranchCreation().name("feature").source("main"))
                .execute();
            upload(client, "feature", "data/c.csv", "c,3\n");
            new CommitsApi(client).commit(REPOSITORY, "feature", new CommitCreation().message("add c")).execute();
            new RefsApi(client).mergeIntoBranch(REPOSITORY, "feature", "main").merge(new Merge()).execute();
            upload(client, "main", "data/staged.csv", "staged\n");
            new ObjectsApi(client).deleteObject(REPOSITORY, "main", "data/b.csv").execute();
            new RepositoriesApi(client).setBranchProtectionRules(REPOSITORY,
                    List.of(new BranchProtectionRule().pattern("release-*"))).execute();
            assertThat(send(server, "POST", "/repositories/" + REPOSITORY + "/metadata",
                    "{\"metadata\":{\"owner\":\"data-team\"}}").statusCode()).isEqualTo(204);
            new RepositoriesApi(client).createRepository(new RepositoryCreation().name("deleted")
                .storageNamespace("mem://durable/deleted")).execute();
            new RepositoriesApi(client).deleteRepository("deleted").execute();
            mainLog = log(client, "main");
            heads = heads(client);
            token = new AuthApi(client).login().loginInformation(new LoginInformation()
                .accessKeyId(EmbeddedLakeFS.DEFAULT_ACCESS_KEY_ID)
                .secretAccessKey(EmbeddedLakeFS.DEFAULT_SECRET_ACCESS_KEY)).execute().getToken();
            server.stop();
        }
        try (ForkedServer server = ForkedServer.start(this.dataDirectory)) {
            ApiClient client = server.client();
            assertThat(log(client, "main")).containsExactlyElementsOf(mainLog).hasSize(4);
            assertThat(heads(client)).isEqualTo(heads);
            Ref v1 = new TagsApi(client).getTag(REPOSITORY, "v1").execute();
            assertThat(v1.getCommitId()).isEqualTo(mainLog.get(2));
            Commit first = new CommitsApi(client).getCommit(REPOSITORY, "v1").execute();
            assertThat(first.getMessage()).isEqualTo("first data");
            assertThat(first.getMetadata()).containsEntry("source", "test");
            assertThat(read(client, "v1", "data/b.csv")).isEqualTo("b,2\n");
            assertThat(read(client, "main", "data/c.csv")).isEqualTo("c,3\n");
            assertThat(read(client, "main", "data/staged.csv")).isEqualTo("staged\n");
            assertThat(new BranchesApi(client).diffBranch(REPOSITORY, "main").execute().getResults())
                .extracting(Diff::getPath, Diff::getType)
                .containsExactly(tuple("data/b.csv", Diff.TypeEnum.REMOVED),
                        tuple("data/staged.csv", Diff.TypeEnum.ADDED));
            assertThat(new RepositoriesApi(client).getBranchProtectionRules(REPOSITORY).execute())
                .extracting(BranchProtectionRule::getPattern).containsExactly("release-*");
            assertThat(new RepositoriesApi(client).getRepositoryMetadata(REPOSITORY).execute())
                .containsEntry("owner", "data-team");
            assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> new RepositoriesApi(client).getRepository("deleted").execute())
                .satisfies(ex -> assertThat(ex.getCode()).isEqualTo(404));
            HttpResponse<String> withToken = this.http.send(HttpRequest
                .newBuilder(URI.create(server.endpoint() + "/user"))
                .header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withToken.statusCode()).as("a login token outlives the restart").isEqualTo(200);
        }
    }

    @Test
    @DisplayName("after a kill -9 in the middle of writes, every acknowledged write is there and writes go on")
    void killKeepsAcknowledgedWrites() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Set<String> commits = ConcurrentHashMap.newKeySet();
        try (ForkedServer server = ForkedServer.start(this.dataDirectory)) {
            ApiClient client = server.client();
            new RepositoriesApi(client).createRepository(new RepositoryCreation().name(REPOSITORY)
                .storageNamespace("mem://durable/repo")).execute();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> writeUntilFailure(server, acknowledged, commits, writing));
            writer.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> commits.size() >= 3);
            server.kill();
            writer.join(Duration.ofSeconds(30).toMillis());
            writing.set(false);
        }
        try (ForkedServer server = ForkedServer.start(this.dataDirectory)) {
            ApiClient client = server.client();
            assertThat(log(client, "main")).containsAll(commits);
            acknowledged.forEach((path, content) -> assertThat(read(client, "main", path)).as(path)
                .isEqualTo(content));
            upload(client, "main", "after-restart.txt", "still writable");
            new CommitsApi(client).commit(REPOSITORY, "main", new CommitCreation().message("after kill")).execute();
            assertThat(read(client, "main", "after-restart.txt")).isEqualTo("still writable");
        }
    }

    /** Uploads objects with the JDK client and commits every tenth, recording what the server acknowledged. */
    private void writeUntilFailure(ForkedServer server, Map<String, String> acknowledged, Set<String> commits,
            AtomicBoolean writing) {
        try {
            for (int i = 0; writing.get(); i++) {
                String path = "stream/object-" + i;
                String content = "content of object " + i + "\n".repeat(i % 50);
                HttpResponse<String> upload = send(server, "POST", "/repositories/" + REPOSITORY
                        + "/branches/main/objects?path=" + path, content);
                if (upload.statusCode() != 201) {
                    return;
                }
                acknowledged.put(path, content);
                if (i % 10 == 9) {
                    HttpResponse<String> commit = send(server, "POST", "/repositories/" + REPOSITORY
                            + "/branches/main/commits", "{\"message\":\"batch " + i + "\"}");
                    if (commit.statusCode() != 201) {
                        return;
                    }
                    commits.add(JSON.readTree(commit.body()).path("id").asString());
                }
            }
        }
        catch (IOException ex) {
            // the server was killed: the write in flight was not acknowledged
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("a torn last record and garbage after the records are dropped; the records before them are kept")
    void tornOrCorruptTailOpens() throws Exception {
        try (ForkedServer server = ForkedServer.start(this.dataDirectory)) {
            ApiClient client = server.client();
            new RepositoriesApi(client).createRepository(new RepositoryCreation().name(REPOSITORY)
                .storageNamespace("mem://durable/repo")).execute();
            upload(client, "main", "kept.txt", "kept");
            upload(client, "main", "torn.txt", "torn");
            server.stop();
        }
        Path journal = this.dataDirectory.resolve("journal");
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);
        }
        try (ForkedServer server = ForkedServer.start(this.dataDirectory)) {
            ApiClient client = server.client();
            assertThat(read(client, "main", "kept.txt")).isEqualTo("kept");
            assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> new ObjectsApi(client).statObject(REPOSITORY, "main", "torn.txt").execute())
                .satisfies(ex -> assertThat(ex.getCode()).isEqualTo(404));
            upload(client, "main", "after.txt", "after");
            server.stop();
        }
        Files.write(journal, new byte[] { 0, 0, 0, 40, 1, 2, 3, 4, '{', '"' }, StandardOpenOption.APPEND);
        try (ForkedServer server = ForkedServer.start(this.dataDirectory)) {
            ApiClient client = server.client();
            assertThat(read(client, "main", "kept.txt")).isEqualTo("kept");
            assertThat(read(client, "main", "after.txt")).isEqualTo("after");
        }
    }

    @Test
    @DisplayName("a second server on a data directory in use is refused with a clear message")
    void secondServerIsRefused() throws Exception {
        try (ForkedServer server = ForkedServer.start(this.dataDirectory)) {
            ForkedServer.Exit second = ForkedServer.run(this.dataDirectory);
            assertThat(second.code()).isNotZero();
            assertThat(second.stderr()).contains("in use by another embedded lakeFS server",
                    this.dataDirectory.toString());
            new RepositoriesApi(server.client()).createRepository(new RepositoryCreation().name(REPOSITORY)
                .storageNamespace("mem://durable/repo")).execute();
        }
    }

    private static void upload(ApiClient client, String branch, String path, String content) throws Exception {
        Path file = Files.createTempFile("upload-", ".txt");
        try {
            Files.writeString(file, content);
            new ObjectsApi(client).uploadObject(REPOSITORY, branch, path).content(file.toFile()).execute();
        }
        finally {
            Files.delete(file);
        }
    }

    private static String read(ApiClient client, String ref, String path) {
        try {
            File file = new ObjectsApi(client).getObject(REPOSITORY, ref, path).execute();
            try {
                return Files.readString(file.toPath());
            }
            finally {
                file.delete();
            }
        }
        catch (ApiException | IOException ex) {
            throw new AssertionError("Cannot read " + path + " at " + ref + ": " + ex.getMessage(), ex);
        }
    }

    private static List<String> log(ApiClient client, String ref) throws ApiException {
        return new RefsApi(client).logCommits(REPOSITORY, ref).amount(1000).execute().getResults().stream()
            .map(Commit::getId)
            .toList();
    }

    private static Map<String, String> heads(ApiClient client) throws ApiException {
        return new BranchesApi(client).listBranches(REPOSITORY).execute().getResults().stream()
            .collect(Collectors.toMap(Ref::getId, Ref::getCommitId));
    }

    private HttpResponse<String> send(ForkedServer server, String method, String path, String body)
            throws IOException, InterruptedException {
        String credentials = EmbeddedLakeFS.DEFAULT_ACCESS_KEY_ID + ":" + EmbeddedLakeFS.DEFAULT_SECRET_ACCESS_KEY;
        return this.http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + path))
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", body.startsWith("{") ? "application/json" : "application/octet-stream")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(10))
            .build(), HttpResponse.BodyHandlers.ofString());
    }
}
