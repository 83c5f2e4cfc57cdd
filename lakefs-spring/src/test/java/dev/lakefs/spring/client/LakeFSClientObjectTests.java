package dev.lakefs.spring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.client.WebClient;

import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.spring.client.model.ObjectCopyCreation;
import dev.lakefs.spring.client.model.ObjectErrorList;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.PathType;
import dev.lakefs.spring.client.model.StagingLocation;
import dev.lakefs.spring.client.model.StagingMetadata;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LakeFSClientObjectTests extends EmbeddedServerSupport {

    private final LakeFSClient client = client();

    @Test
    void uploadStoresContentTypeMetadataAndMd5Checksum() throws Exception {
        String repository = newRepository(this.client);
        byte[] content = "hello, lakeFS".getBytes(StandardCharsets.UTF_8);
        ObjectStats stats = this.client.uploadObject(repository, "main", "dir/hello.txt",
                ObjectUpload.of(content).withContentType("text/plain").withMetadata(Map.of("Owner", "me")))
            .block();
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        assertThat(stats.path()).isEqualTo("dir/hello.txt");
        assertThat(stats.pathType()).isEqualTo(PathType.OBJECT);
        assertThat(stats.checksum()).isEqualTo(md5);
        assertThat(stats.sizeBytes()).isEqualTo(content.length);
        assertThat(stats.contentType()).isEqualTo("text/plain");
        assertThat(stats.physicalAddress()).startsWith("mem://bucket/" + repository);
        ObjectStats stat = this.client.statObject(repository, "main", "dir/hello.txt").block();
        assertThat(stat.metadata()).containsEntry("owner", "me");
        assertThat(stat.checksum()).isEqualTo(md5);
    }

    @Test
    void getObjectWithAHandlerReleasesABodyTheHandlerLeavesAlone() {
        String repository = newRepository(this.client);
        upload(repository, "big.bin", "x".repeat(256 * 1024));
        AtomicBoolean cancelled = new AtomicBoolean();
        // headers only, many times over: each unread body is cancelled, so the client keeps serving
        for (int i = 0; i < 20; i++) {
            Long size = this.client.getObject(repository, "main", "big.bin", GetObjectOptions.defaults(),
                    (content) -> Mono.just(content.headers().totalSize()))
                .single()
                .block(Duration.ofSeconds(10));
            assertThat(size).isEqualTo(256 * 1024);
        }
        ObjectContent unread = new ObjectContent(new ObjectHeaders(200, 0, 0, null, null, null),
                Flux.<DataBuffer>never().doOnCancel(() -> cancelled.set(true)));
        StepVerifier.create(unread.use((content) -> Mono.just("headers read"))).expectNext("headers read")
            .verifyComplete();
        assertThat(cancelled).as("the body the handler never subscribed to was cancelled").isTrue();

        String text = this.client.getObject(repository, "main", "big.bin", GetObjectOptions.range(ByteRange.of(0, 2)),
                (content) -> DataBufferUtils.join(content.body()).map((buffer) -> {
                    String read = buffer.toString(StandardCharsets.UTF_8);
                    DataBufferUtils.release(buffer);
                    return read;
                }))
            .single()
            .block(Duration.ofSeconds(10));
        assertThat(text).isEqualTo("xxx");
    }

    @Test
    void getObjectStreamsTheContentWithItsHeaders() {
        String repository = newRepository(this.client);
        ObjectStats stats = upload(repository, "a b+c&d.txt", "0123456789");
        ObjectContent content = this.client.getObject(repository, "main", "a b+c&d.txt", GetObjectOptions.defaults())
            .block();
        assertThat(content.headers().status()).isEqualTo(200);
        assertThat(content.headers().contentLength()).isEqualTo(10);
        assertThat(content.headers().totalSize()).isEqualTo(10);
        assertThat(content.headers().etag()).isEqualTo(stats.checksum());
        assertThat(content.headers().lastModified()).isNotNull();
        assertThat(text(content)).isEqualTo("0123456789");
    }

    @Test
    void apiCallsAcceptJsonAndObjectReadsAcceptAnything() {
        String repository = newRepository(this.client);
        upload(repository, "accept.txt", "hello");
        this.client.uploadObject(repository, "main", "meta.txt",
                ObjectUpload.of("x".getBytes(StandardCharsets.UTF_8)).withMetadata(Map.of("Owner", "me")))
            .block();
        this.client.statObject(repository, "main", "accept.txt").block();
        text(this.client.getObject(repository, "main", "accept.txt", GetObjectOptions.defaults()).block());
        assertThat(requestsTo("statObject")).last()
            .satisfies((request) -> assertThat(request.headers().get("accept")).containsExactly("application/json"));
        assertThat(requestsTo("uploadObject")).last()
            .satisfies((request) -> {
                assertThat(request.headers().get("accept")).containsExactly("application/json");
                assertThat(request.headers().get("x-lakefs-meta-owner")).containsExactly("me");
            });
        assertThat(requestsTo("getObject")).last()
            .satisfies((request) -> assertThat(request.headers().get("accept")).containsExactly("*/*"));
    }

    @Test
    void readsByteRanges() {
        String repository = newRepository(this.client);
        upload(repository, "digits", "0123456789");
        ObjectContent middle = this.client
            .getObject(repository, "main", "digits", GetObjectOptions.range(ByteRange.of(2, 4))).block();
        assertThat(middle.headers().partial()).isTrue();
        assertThat(middle.headers().totalSize()).isEqualTo(10);
        assertThat(text(middle)).isEqualTo("234");
        assertThat(read(repository, ByteRange.from(7))).isEqualTo("789");
        assertThat(read(repository, ByteRange.lastBytes(2))).isEqualTo("89");
        assertThatExceptionOfType(LakeFSRangeNotSatisfiableException.class)
            .isThrownBy(() -> read(repository, ByteRange.from(50)))
            .satisfies((ex) -> assertThat(ex.getObjectSize()).isEqualTo(10));
    }

    @Test
    void ifNoneMatchWithTheCurrentETagAnswersNotModified() {
        String repository = newRepository(this.client);
        ObjectStats stats = upload(repository, "x", "x");
        ObjectContent content = this.client
            .getObject(repository, "main", "x", GetObjectOptions.defaults().withIfNoneMatch(stats.checksum()))
            .block();
        assertThat(content.headers().notModified()).isTrue();
        assertThat(text(content)).isEmpty();
    }

    @Test
    void headObjectAnswersHeadersOnly() {
        String repository = newRepository(this.client);
        ObjectStats stats = upload(repository, "x", "12345");
        ObjectHeaders headers = this.client.headObject(repository, "main", "x", null).block();
        assertThat(headers.contentLength()).isEqualTo(5);
        assertThat(headers.etag()).isEqualTo(stats.checksum());
        assertThatExceptionOfType(LakeFSNotFoundException.class)
            .isThrownBy(() -> this.client.headObject(repository, "main", "missing", null).block());
    }

    @Test
    void listsObjectsRecursivelyOrByDelimiter() {
        String repository = newRepository(this.client);
        upload(repository, "a/1", "1");
        upload(repository, "a/2", "2");
        upload(repository, "b/1", "3");
        upload(repository, "c", "4");
        assertThat(this.client.listObjects(repository, "main", ListOptions.defaults()).map(ObjectStats::path).collectList()
            .block()).containsExactly("a/1", "a/2", "b/1", "c");
        List<ObjectStats> top = this.client.listObjects(repository, "main", ListOptions.defaults().withDelimiter("/"))
            .collectList()
            .block();
        assertThat(top).extracting(ObjectStats::path).containsExactly("a/", "b/", "c");
        assertThat(top).extracting(ObjectStats::pathType)
            .containsExactly(PathType.COMMON_PREFIX, PathType.COMMON_PREFIX, PathType.OBJECT);
        assertThat(this.client.listObjects(repository, "main", ListOptions.prefixed("a/")).map(ObjectStats::path)
            .collectList()
            .block()).containsExactly("a/1", "a/2");
    }

    @Test
    void pathsWithReservedCharactersReachTheServerIntactInEveryOperation() {
        String repository = newRepository(this.client);
        String path = "odd dir/a&b=c+d?e#f%g~h;i,ü.csv";
        upload(repository, path, "odd");
        upload(repository, "odd dir/plain.csv", "plain");
        assertThat(this.client.statObject(repository, "main", path).block().path()).isEqualTo(path);
        assertThat(text(this.client.getObject(repository, "main", path, GetObjectOptions.defaults()).block()))
            .isEqualTo("odd");
        assertThat(this.client.listObjects(repository, "main", ListOptions.prefixed("odd dir/a&b=c+d?"))
            .map(ObjectStats::path)
            .collectList()
            .block()).containsExactly(path);
        RecordedRequest stat = requestsTo("statObject").get(requestsTo("statObject").size() - 1);
        assertThat(stat.query())
            .isEqualTo("path=odd%20dir%2Fa%26b%3Dc%2Bd%3Fe%23f%25g~h%3Bi%2C%C3%BC.csv&user_metadata=true");
        this.client.deleteObject(repository, "main", path, false).block();
        assertThat(this.client.listObjects(repository, "main", ListOptions.prefixed("odd dir/"))
            .map(ObjectStats::path)
            .collectList()
            .block()).containsExactly("odd dir/plain.csv");
    }

    @Test
    void deletesOneOrManyObjects() {
        String repository = newRepository(this.client);
        upload(repository, "a", "1");
        upload(repository, "b", "2");
        upload(repository, "c", "3");
        this.client.deleteObject(repository, "main", "a", false).block();
        this.client.deleteObject(repository, "main", "never-existed", false).block();
        ObjectErrorList errors = this.client.deleteObjects(repository, "main", List.of("b", "c", "missing"), false)
            .block();
        assertThat(errors.errors()).isEmpty();
        assertThat(this.client.listObjects(repository, "main", ListOptions.defaults()).collectList().block()).isEmpty();
    }

    @Test
    void copiesObjectsAndUpdatesTheirMetadata() {
        String repository = newRepository(this.client);
        ObjectStats source = upload(repository, "src", "data");
        ObjectStats copy = this.client
            .copyObject(repository, "main", "dst", ObjectCopyCreation.of("main", "src")).block();
        assertThat(copy.path()).isEqualTo("dst");
        assertThat(copy.checksum()).isEqualTo(source.checksum());
        this.client.updateObjectUserMetadata(repository, "main", "dst", Map.of("color", "blue")).block();
        assertThat(this.client.statObject(repository, "main", "dst").block().metadata()).containsEntry("color", "blue");
    }

    @Test
    void ifAbsentUploadFailsWhenThePathExists() {
        String repository = newRepository(this.client);
        upload(repository, "once", "1");
        assertThatExceptionOfType(LakeFSPreconditionFailedException.class)
            .isThrownBy(() -> this.client
                .uploadObject(repository, "main", "once", ObjectUpload.of("2".getBytes()).withIfAbsent(true))
                .block())
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(412));
    }

    @Test
    void presignedUploadThenLinkThenPresignedReadNeverSendCredentialsToTheStore() {
        String repository = newRepository(this.client);
        StagingLocation location = this.client.getPhysicalAddress(repository, "main", "direct.bin", true).block();
        assertThat(location.presignedUrl()).isNotNull();
        String etag = this.client.putPresignedObject(URI.create(location.presignedUrl()),
                ObjectUpload.of("direct data".getBytes()).withContentType("application/octet-stream"))
            .block();
        ObjectStats linked = this.client.linkPhysicalAddress(repository, "main", "direct.bin",
                new StagingMetadata(location, etag, 11, Map.of("via", "presign"), "application/octet-stream", null,
                        false),
                false)
            .block();
        assertThat(linked.path()).isEqualTo("direct.bin");
        assertThat(linked.sizeBytes()).isEqualTo(11L);
        ObjectContent content = this.client
            .getObject(repository, "main", "direct.bin", GetObjectOptions.defaults().withPresign(true))
            .block();
        assertThat(text(content)).isEqualTo("direct data");
        List<RecordedRequest> storageRequests = server.recordedRequests()
            .stream()
            .filter((request) -> request.operationId() == null && request.path().contains("storage"))
            .toList();
        assertThat(storageRequests).hasSizeGreaterThanOrEqualTo(2)
            .allSatisfy((request) -> assertThat(request.headers()).doesNotContainKey("authorization"));
    }

    @Test
    void theApplicationsWebClientSettingsApplyToLakeFSButNotToTheObjectStore() {
        LakeFSClient client = clientBuilder()
            .webClientBuilder(WebClient.builder().defaultHeader("X-App-Token", "app-secret"))
            .build();
        String repository = newRepository(client);
        client.uploadObject(repository, "main", "x", ObjectUpload.of("x".getBytes())).block();
        ObjectContent content = client.getObject(repository, "main", "x", GetObjectOptions.defaults().withPresign(true))
            .block();
        assertThat(text(content)).isEqualTo("x");
        RecordedRequest redirected = requestsTo("getObject").get(requestsTo("getObject").size() - 1);
        assertThat(redirected.headers()).containsEntry("x-app-token", List.of("app-secret"));
        RecordedRequest storage = server.recordedRequests()
            .stream()
            .filter((request) -> request.operationId() == null && request.path().contains("storage"))
            .reduce((first, second) -> second)
            .orElseThrow();
        assertThat(storage.headers()).doesNotContainKeys("x-app-token", "authorization");
    }

    private ObjectStats upload(String repository, String path, String content) {
        return this.client.uploadObject(repository, "main", path, ObjectUpload.of(content.getBytes())).block();
    }

    private String read(String repository, ByteRange range) {
        return text(this.client.getObject(repository, "main", "digits", GetObjectOptions.range(range)).block());
    }

    static String text(ObjectContent content) {
        return DataBufferUtils.join(content.body())
            .map((buffer) -> {
                String text = buffer.toString(StandardCharsets.UTF_8);
                DataBufferUtils.release(buffer);
                return text;
            })
            .switchIfEmpty(Mono.just(""))
            .block();
    }

    static long drain(reactor.core.publisher.Flux<DataBuffer> body) {
        return body.map((buffer) -> {
            long count = buffer.readableByteCount();
            DataBufferUtils.release(buffer);
            return count;
        }).reduce(0L, Long::sum).block();
    }

}
