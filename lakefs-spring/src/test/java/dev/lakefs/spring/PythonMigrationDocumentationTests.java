package dev.lakefs.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.net.ssl.TrustManagerFactory;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.ProxySettings;
import dev.lakefs.spring.client.model.AuthenticationToken;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.Diff;
import dev.lakefs.spring.client.model.ImportStatus;
import dev.lakefs.spring.client.model.MergeStrategy;
import dev.lakefs.spring.client.model.ObjectError;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.PathType;
import dev.lakefs.spring.client.model.RepositoryProperties;
import dev.lakefs.spring.io.ObjectReader;
import dev.lakefs.spring.io.ObjectWriter;
import dev.lakefs.spring.nio.LakeFSFileAttributes;
import dev.lakefs.spring.nio.LakeFSFileSystem;
import dev.lakefs.spring.nio.LakeFSFileSystems;
import dev.lakefs.spring.nio.LakeFSOpenOption;
import dev.lakefs.spring.resource.LakeFSResource;
import dev.lakefs.spring.resource.LakeFSResourcePatternResolver;
import dev.lakefs.spring.resource.StagedLakeFSResource;
import dev.lakefs.spring.s3.LakeFSS3;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.core.io.Resource;
import org.springframework.core.io.WritableResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Java column of {@code docs/python-migration.md}, one test per table, run against the embedded server. The
 * calls are written as the page shows them (variable names included), so that the page's documentation test can
 * find each of them here; {@code …} on the page stands for the concrete arguments used here.
 */
class PythonMigrationDocumentationTests extends AbstractEmbeddedLakeFSTests {

    @TempDir
    Path local;

    @BeforeEach
    void emptyServer() {
        server.reset();
    }

    @Test
    void client() throws Exception {
        String accessKeyId = server.accessKeyId();
        String secret = server.secretAccessKey();
        TrustManagerFactory trustManagerFactory = TrustManagerFactory
            .getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagerFactory.init((KeyStore) null);

        LakeFS withKeys = LakeFS
            .of(LakeFSClient.builder().endpoint(server.endpoint()).credentials(accessKeyId, secret).build());
        AuthenticationToken token = withKeys.client().login(accessKeyId, secret).block();
        LakeFSClient withToken = LakeFSClient.builder().bearerToken(token.token()).endpoint(server.endpoint()).build();
        LakeFSClient.Builder builder = LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(accessKeyId, secret);
        builder.trustManagerFactory(trustManagerFactory);
        builder.proxy(new ProxySettings(URI.create("http://proxy.invalid:3128"), null, null, List.of("127.0.0.1")));
        LakeFS throughBuilder = LakeFS.of(builder.build());

        assertThat(withToken.getCurrentUser().block().user().id())
            .isEqualTo(withKeys.client().getCurrentUser().block().user().id());
        assertThat(throughBuilder.repositories()).as("127.0.0.1 is reached without the proxy").isEmpty();
        assertThat(lakeFS.serverVersion()).isNotBlank();
        assertThat(lakeFS.config().storageConfig().blockstoreType()).isEqualTo("mem");
    }

    @Test
    void repositories() {
        Repository repo = lakeFS.repository("example-repo");
        repo.create("mem://storage-bucket/repos/example-repo");
        RepositoryProperties properties = repo.properties();
        Map<String, String> metadata = repo.metadata();
        List<String> branches = repo.branches().stream().map(Branch::id).toList();
        List<String> tags = repo.tags().stream().map(Tag::id).toList();
        lakeFS.repository("other-repo").create("mem://storage-bucket/repos/other-repo");
        List<String> prefixed = lakeFS.repositories(ListOptions.prefixed("ex")).stream().map(Repository::id).toList();
        repo.delete();
        boolean existsAfterDelete = repo.exists();
        String ns = "mem://storage-bucket/repos/example-samples";
        repo = lakeFS.repository("example-samples");
        repo.create(ns,
                CreateRepositoryOptions.defaults().withDefaultBranch("dev").withSampleData(true).withExistOk(true));
        Repository again = repo.create(ns,
                CreateRepositoryOptions.defaults().withDefaultBranch("dev").withSampleData(true).withExistOk(true));

        assertThat(properties.storageNamespace()).isEqualTo("mem://storage-bucket/repos/example-repo");
        assertThat(metadata).isEmpty();
        assertThat(branches).containsExactly("main");
        assertThat(tags).isEmpty();
        assertThat(prefixed).containsExactly("example-repo");
        assertThat(existsAfterDelete).isFalse();
        assertThat(again.properties().defaultBranch()).isEqualTo("dev");
        assertThat(repo.branch("dev").objects().first()).as("sample data").isPresent();
    }

    @Test
    void branchesRefsAndTags() {
        Repository repo = newRepository();
        Branch main = repo.branch("main");
        Ref otherRef = repo.ref("main");
        String mainHead = otherRef.getCommit().id();

        Branch branch = repo.branch("from-ref");
        branch.create(otherRef);
        branch = repo.branch("scratch");
        branch.create("main", CreateBranchOptions.defaults().withExistOk(true).withHidden(true));
        branch = repo.branch("experiment1");
        branch.create("main");
        assertThat(repo.branches().stream().map(Branch::id)).containsExactly("experiment1", "from-ref", "main");
        assertThat(branch.getCommit().id()).isEqualTo(mainHead);
        Ref head = branch.head();

        branch.object("a/one.csv").upload("1");
        branch.object("a/deep/two.csv").upload("2");
        assertThat(branch.uncommitted()).extracting(Diff::path).containsExactly("a/deep/two.csv", "a/one.csv");
        Commit commit = branch.commit("Add a/", Map.of("using", "java"));
        Commit empty = branch.commit("marker", CommitOptions.defaults().withAllowEmpty(true));
        assertThat(commit.metadata()).containsEntry("using", "java");
        assertThat(empty.parents()).containsExactly(commit.id());
        assertThat(head.getCommit().id()).as("a head ref stays on its commit").isEqualTo(mainHead);

        Ref ref = main;
        Ref b = branch;
        assertThat(ref.diff(b)).extracting(Diff::path).containsExactly("a/deep/two.csv", "a/one.csv");
        ref = branch;
        assertThat(ref.getCommit().id()).isEqualTo(empty.id());
        assertThat(ref.log(LogOptions.defaults().withMax(10)).stream().map(Commit::message)).startsWith("marker", "Add a/");
        List<ObjectStats> level = ref.objects("a/", "/").toList();
        assertThat(level).extracting(ObjectStats::path).containsExactly("a/deep/", "a/one.csv");
        assertThat(level.get(0).pathType()).isEqualTo(PathType.COMMON_PREFIX);
        String mergeCommitId = ref.mergeInto(main);
        assertThat(main.getCommit().id()).isEqualTo(mergeCommitId);

        branch.object("a/one.csv").upload("one");
        branch.commit("Change a/one.csv");
        main.object("a/one.csv").upload("uno");
        main.commit("Change a/one.csv on main");
        ref.mergeInto(main, MergeOptions.defaults().withStrategy(MergeStrategy.SOURCE_WINS).withMessage("take theirs"));
        assertThat(main.object("a/one.csv").readString()).isEqualTo("one");
        assertThat(main.getCommit().message()).isEqualTo("take theirs");

        branch = main;
        ref = repo.ref(main.getCommit().id());
        Commit reverted = branch.revert(ref, 1);
        assertThat(reverted.parents()).containsExactly(ref.id());
        assertThat(main.object("a/one.csv").readString()).as("main's own version is back").isEqualTo("uno");

        branch = repo.branch("from-ref");
        ref = repo.ref(commit.id());
        branch.cherryPick(ref);
        assertThat(branch.object("a/deep/two.csv").readString()).isEqualTo("2");

        branch.object("x.txt").upload("x");
        branch.object("y/1.txt").upload("y");
        branch.object("z.txt").upload("z");
        String p = "x.txt";
        branch.resetObject(p);
        p = "y/";
        branch.resetPrefix(p);
        assertThat(branch.uncommitted()).extracting(Diff::path).containsExactly("z.txt");
        branch.resetChanges();
        assertThat(branch.uncommitted()).isEmpty();
        List<ObjectError> failed = branch.deleteObjects(List.of("a/one.csv", "a/deep/two.csv"));
        assertThat(failed).isEmpty();
        assertThat(branch.objects().first()).isEmpty();
        branch.delete();
        assertThat(branch.exists()).isFalse();
        branch = repo.branch("hidden").create("main", CreateBranchOptions.defaults().withHidden(true));
        assertThat(repo.branches()).extracting(Branch::id).doesNotContain("hidden");
        assertThat(repo.branchesIncludingHidden()).extracting(Branch::id).contains("hidden");
        branch.delete(DeleteOptions.defaults().withForce(true));
        assertThat(branch.exists()).isFalse();

        Tag tag = repo.tag("v1");
        tag.create("main", CreateTagOptions.defaults().withExistOk(true));
        tag.create("main", CreateTagOptions.defaults().withExistOk(true));
        assertThat(tag.getCommit().id()).isEqualTo(main.getCommit().id());
        tag.delete();
        assertThat(tag.exists()).isFalse();
    }

    @Test
    void objects() throws IOException {
        Repository repo = newRepository();
        Branch branch = repo.branch("main");
        Branch destinationBranch = repo.branch("backup").create("main");
        String destinationPath = "backup/a.txt";
        byte[] bytes = "raw bytes".getBytes(StandardCharsets.UTF_8);
        MediaType type = MediaType.parseMediaType("text/csv");

        WritableObject obj = branch.object("a.txt");
        ObjectStats stats = obj.upload("text", MediaType.TEXT_PLAIN);
        assertThat(stats.sizeBytes()).isEqualTo(4);
        assertThat(obj.readString()).isEqualTo("text");
        obj.upload(bytes, WriteOptions.defaults().withPreSign(true));
        assertThat(obj.readAllBytes()).isEqualTo(bytes);
        obj.upload("ID\n", WriteOptions.of(type).withMetadata(Map.of("owner", "team-a")));
        assertThat(obj.stat().metadata()).containsEntry("owner", "team-a");
        assertThat(obj.exists()).isTrue();
        assertThatExceptionOfType(ObjectExistsException.class)
            .isThrownBy(() -> obj.upload("again", WriteOptions.defaults().withIfAbsent(true)));

        obj.write(MediaType.parseMediaType("text/csv"), (out) -> out.asWriter().write("ID,Name\n"));
        try (ObjectWriter out = obj.writer(type)) {
            out.asWriter().write("ID,Name\n1,Alice\n");
            out.commit();
        }
        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> obj.write(type, (out) -> {
            out.write('x');
            throw new IOException("the source broke");
        }));
        ObjectWriter out = obj.writer(type);
        out.write('y');
        out.abort();
        assertThat(obj.readString()).as("neither the failed callback nor the aborted writer uploaded")
            .isEqualTo("ID,Name\n1,Alice\n");

        try (BufferedReader lines = obj.textReader()) {
            assertThat(lines.readLine()).isEqualTo("ID,Name");
        }
        long n = 3;
        int k = 5;
        try (ObjectReader in = obj.reader()) {
            in.seek(n);
            assertThat(in.readNBytes(k)).asString(StandardCharsets.UTF_8).isEqualTo("Name\n");
        }
        assertThat(obj.stat().contentType()).isEqualTo("text/csv");

        WritableObject copy = obj.copyTo(destinationBranch, destinationPath);
        assertThat(copy.readString()).isEqualTo("ID,Name\n1,Alice\n");
        obj.delete();
        assertThat(obj.exists()).isFalse();
    }

    @Test
    void imports() {
        server.storage().put("mem://example-bucket1/path1/a.csv", "a".getBytes(StandardCharsets.UTF_8));
        server.storage().put("mem://example-bucket1/path2/imported_obj", "b".getBytes(StandardCharsets.UTF_8));
        Repository repo = newRepository();
        Branch branch = repo.branch("main");
        Duration pollInterval = Duration.ofMillis(50);
        Duration timeout = Duration.ofMinutes(1);
        List<ImportStatus> reports = new ArrayList<>();
        Consumer<ImportStatus> progress = reports::add;

        String uri = "mem://example-bucket1/path1/";
        String destination = "datasets/path1/";
        ImportManager importer = branch.importData("Import path1", Map.of("source", "bucket1"))
            .prefix(uri, destination);
        uri = "mem://example-bucket1/path2/imported_obj";
        destination = "datasets/path2/imported_obj";
        importer.object(uri, destination);
        ImportStatus status = importer.run();

        assertThat(status.ingestedObjects()).isEqualTo(2);
        assertThat(branch.getCommit().metadata()).containsEntry("source", "bucket1");
        assertThat(branch.object("datasets/path2/imported_obj").readString()).isEqualTo("b");

        ImportStatus withProgress = branch.importData("Again").prefix("mem://example-bucket1/path1/", "again/")
            .run(progress);
        ImportStatus withTimeout = branch.importData("Once more").prefix("mem://example-bucket1/path1/", "more/")
            .run(pollInterval, timeout, progress);
        assertThat(withProgress.completed()).isTrue();
        assertThat(withTimeout.completed()).isTrue();
        assertThat(reports).isNotEmpty().allSatisfy((report) -> assertThat(report.ingestedObjects()).isNotNull());

        server.faults().importLatency(Duration.ofSeconds(2));
        ImportManager slow = branch.importData("Slow").prefix("mem://example-bucket1/path1/", "slow/");
        String importId = slow.start();
        assertThat(slow.status().completed()).isFalse();
        slow.cancel();
        assertThatExceptionOfType(ImportFailedException.class)
            .isThrownBy(() -> slow.await(pollInterval, timeout, progress));
        assertThat(importId).isNotBlank();
    }

    @Test
    void transactions() {
        Repository repo = newRepository();
        Branch branch = repo.branch("main");
        TransactionOptions options = TransactionOptions.defaults().withCommitMessage("second tx");

        branch.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("my tx"),
                (tx) -> tx.object("new_object").upload("new object data"));
        ObjectStats written = branch.transact(options, (tx) -> tx.object("other_object").upload("other data"));

        assertThat(branch.object("new_object").readString()).isEqualTo("new object data");
        assertThat(written.path()).isEqualTo("other_object");
        assertThat(branch.log().stream().map(Commit::message)).contains("my tx", "second tx");
    }

    @Test
    void pandasWithFileUrls() throws IOException {
        Branch main = lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo").branch("main");
        main.object("lakes.parquet").upload("PAR1");
        main.object("datasets/2024/a.csv").upload("a\n");
        main.object("datasets/b.csv").upload("b\n");
        LakeFSResourcePatternResolver resolver = new LakeFSResourcePatternResolver(lakeFS,
                new PathMatchingResourcePatternResolver());

        byte[] parquet;
        try (InputStream in = resolver.getResource("lakefs://example-repo/main/lakes.parquet").getInputStream()) {
            parquet = in.readAllBytes();
        }
        Resource[] csv = resolver.getResources("lakefs://example-repo/main/datasets/**/*.csv");
        try (OutputStream out = ((WritableResource) resolver.getResource("lakefs://example-repo/main/out.csv"))
            .getOutputStream()) {
            out.write("x\n".getBytes(StandardCharsets.UTF_8));
        }
        LakeFSResource target = (LakeFSResource) resolver.getResource("lakefs://example-repo/main/staged.csv");
        StagedLakeFSResource staged = StagedLakeFSResource.of(target);
        Files.writeString(staged.getFile().toPath(), "staged\n");
        staged.publish();

        assertThat(parquet).asString(StandardCharsets.UTF_8).isEqualTo("PAR1");
        assertThat(csv).extracting(Resource::getFilename).containsExactly("a.csv", "b.csv");
        assertThat(main.object("out.csv").readString()).isEqualTo("x\n");
        assertThat(main.object("staged.csv").readString()).isEqualTo("staged\n");
    }

    @Test
    void s3Gateway(@TempDir Path directory) throws IOException {
        String accessKeyId = server.accessKeyId();
        String secretAccessKey = server.secretAccessKey();
        Branch main = lakeFS.repository("example-repo").create("mem://storage-bucket/repos/example-repo").branch("main");
        Path path = Files.writeString(directory.resolve("file_0"), "id\n1\n");

        S3Client s3 = LakeFSS3.clientBuilder(URI.create(server.url()), accessKeyId, secretAccessKey).build();
        S3Client byHand = S3Client.builder().endpointOverride(URI.create(server.url())).forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .build();
        s3.putObject(PutObjectRequest.builder().bucket("example-repo").key("main/example-file.parquet").build(), RequestBody.fromFile(path));
        byHand.putObject(PutObjectRequest.builder().bucket("example-repo").key("main/example-prefix/by-hand.csv").build(), RequestBody.fromFile(path));
        ListObjectsV2Response listResp = s3.listObjectsV2(ListObjectsV2Request.builder().bucket("example-repo").prefix("main/example-prefix").build());
        List<String> keys = new ArrayList<>();
        for (S3Object obj : listResp.contents()) {
            keys.add(obj.key());
        }
        String commitId = main.commit("Add objects through S3").id();
        ListObjectsV2Response atCommit = s3.listObjectsV2(ListObjectsV2Request.builder().bucket("example-repo").prefix(commitId + "/example-prefix").build());
        HeadObjectResponse head = s3.headObject(HeadObjectRequest.builder().bucket("example-repo").key("main/example-file.parquet").build());

        assertThat(keys).containsExactly("main/example-prefix/by-hand.csv");
        assertThat(atCommit.contents()).extracting(S3Object::key)
            .containsExactly(commitId + "/example-prefix/by-hand.csv");
        assertThat(head.contentLength()).isEqualTo(5);
        assertThat(head.eTag()).isEqualTo("\"" + main.object("example-file.parquet").stat().checksum() + "\"");
        assertThat(head.lastModified()).isNotNull();
        assertThat(head.metadata()).isEmpty();
        assertThat(main.object("example-file.parquet").readString()).isEqualTo("id\n1\n");
        s3.close();
        byHand.close();
    }

    @Test
    void lakefsSpec() throws IOException {
        Repository repo = lakeFS.repository("example-repo").create("mem://bucket/example-repo");
        lakeFS.repository("quickstart").create("mem://bucket/quickstart").branch("main")
            .object("lakes.parquet").upload(new byte[] { 'P', 'A', 'R', '1' });
        Branch branch = repo.branch("main");
        branch.object("data.csv").upload("a,b\n");
        Path localPath = Files.writeString(this.local.resolve("demo.txt"), "Hello, lakeFS!");
        Path trainData = Files.writeString(this.local.resolve("train-data.txt"), "train");
        LakeFSFileSystems.install(lakeFS);
        try {
            LakeFSFileSystem fileSystem = LakeFSFileSystems.getDefault();
            Path uriPath = Path.of(URI.create("lakefs://example-repo/main/data.csv"));
            assertThat(Files.readString(uriPath)).isEqualTo("a,b\n");
            try (FileSystem explicit = FileSystems.newFileSystem(URI.create("lakefs:///"), Map.of(
                    LakeFSFileSystems.ENDPOINT, server.endpoint(), LakeFSFileSystems.ACCESS_KEY_ID,
                    server.accessKeyId(), LakeFSFileSystems.SECRET_ACCESS_KEY, server.secretAccessKey()))) {
                assertThat(explicit.isOpen()).isTrue();
            }
            assertThat(LakeFSFileSystems.newFileSystem(lakeFS).lakeFS()).isSameAs(lakeFS);

            Path path = fileSystem.getPath("/example-repo/main/demo.txt");
            Files.copy(localPath, path);
            Files.copy(localPath, path, StandardCopyOption.REPLACE_EXISTING);
            localPath = this.local.resolve("back.txt");
            Files.copy(path, localPath);
            assertThat(Files.readString(localPath)).isEqualTo("Hello, lakeFS!");
            try (BufferedReader reader = Files.newBufferedReader(path)) {
                assertThat(reader.readLine()).isEqualTo("Hello, lakeFS!");
            }
            try (Stream<String> lines = Files.lines(path)) {
                assertThat(lines).containsExactly(Files.readString(path));
            }
            try (InputStream in = Files.newInputStream(path); SeekableByteChannel channel = Files.newByteChannel(path)) {
                assertThat(in.readAllBytes()).hasSize((int) channel.size());
            }
            path = fileSystem.getPath("/example-repo/main/csv/out.csv");
            try (OutputStream out = Files.newOutputStream(path, LakeFSOpenOption.contentType("text/csv"),
                    LakeFSOpenOption.userMetadata(Map.of("source", "java")))) {
                out.write("x,y\n".getBytes(StandardCharsets.UTF_8));
            }
            path = fileSystem.getPath("/example-repo/main/csv/once.csv");
            try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW)) {
                out.write(1);
            }

            path = fileSystem.getPath("/example-repo/main/csv");
            PathMatcher matcher = fileSystem.getPathMatcher("glob:/example-repo/main/**/*.csv");
            try (Stream<Path> listed = Files.list(path); DirectoryStream<Path> stream = Files.newDirectoryStream(path);
                    Stream<Path> walked = Files.walk(path);
                    Stream<Path> found = Files.find(path, Integer.MAX_VALUE, (p, a) -> matcher.matches(p));
                    DirectoryStream<Path> csv = Files.newDirectoryStream(path, "*.csv")) {
                assertThat(listed).hasSize(2);
                assertThat(stream).hasSize(2);
                assertThat(walked).hasSize(3);
                assertThat(found).hasSize(2);
                assertThat(csv).hasSize(2);
            }

            path = fileSystem.getPath("/example-repo/main/csv/out.csv");
            LakeFSFileAttributes info = Files.readAttributes(path, LakeFSFileAttributes.class);
            assertThat(info.contentType()).isEqualTo("text/csv");
            assertThat(Files.exists(path) && Files.isRegularFile(path) && !Files.isDirectory(path)).isTrue();
            assertThat(Files.getAttribute(path, "lakefs:checksum")).isEqualTo(info.checksum());
            assertThat(Files.size(path)).isEqualTo(4);
            assertThat(Files.getLastModifiedTime(path)).isEqualTo(info.lastModifiedTime());

            Path source = path;
            Path target = fileSystem.getPath("/example-repo/main/copies/out.csv");
            Files.copy(source, target);
            source = target;
            target = fileSystem.getPath("/example-repo/main/moved/out.csv");
            Files.move(source, target);
            path = target;
            Files.delete(path);
            assertThat(Files.deleteIfExists(path)).isFalse();
            branch.deleteObjects(List.of("csv/once.csv"));

            path = fileSystem.getPath("/example-repo/main/touched");
            Files.write(path, new byte[0]);
            path = fileSystem.getPath("/example-repo/main/demo.txt");
            try (SeekableByteChannel channel = Files.newByteChannel(path)) {
                channel.position(channel.size() - 10);
                assertThat(Channels.newInputStream(channel).readAllBytes()).asString().isEqualTo("o, lakeFS!");
            }
            path = fileSystem.getPath("/example-repo/main/new/dir");
            assertThat(Files.createDirectories(path)).isEqualTo(path);
            try (InputStream lakes = Files.newInputStream(Path.of(URI.create("lakefs://quickstart/main/lakes.parquet")))) {
                assertThat(lakes.readAllBytes()).startsWith('P', 'A', 'R', '1');
            }

            branch.commit("Files written directly to main");  // lakeFS merges only into a branch without staged changes
            String head = LakeFSFileSystems.transaction(fileSystem, "example-repo", "main", (tx) -> {
                Files.copy(trainData, tx.path("train-data.txt"));
                String sha = tx.commit("Add training data");
                tx.tag(sha, "my-train-test-split");
                return sha;
            });
            assertThat(repo.tag("my-train-test-split").getCommit().id()).isEqualTo(head);
            assertThat(repo.ref("main").getCommit().id()).isNotEqualTo(head);
            assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> Files.writeString(fileSystem.getPath("/example-repo/my-train-test-split/x"), "x"));
            assertThatExceptionOfType(NoSuchFileException.class)
                .isThrownBy(() -> Files.readString(fileSystem.getPath("/example-repo/main/nothing")));
            assertThatExceptionOfType(FileAlreadyExistsException.class)
                .isThrownBy(() -> Files.copy(this.local.resolve("train-data.txt"), fileSystem.getPath("/example-repo/main/demo.txt")));
        }
        finally {
            LakeFSFileSystems.uninstall(lakeFS);
        }
    }

}
