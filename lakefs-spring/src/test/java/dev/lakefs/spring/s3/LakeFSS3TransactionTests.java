package dev.lakefs.spring.s3;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import dev.lakefs.spring.AbstractEmbeddedLakeFSTests;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.UploadPartCopyResponse;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link LakeFSS3TransactionInterceptor} for real: inside {@code branch.transact(..)}, what a {@link LakeFSS3} client
 * writes under {@code main/} lands on the transaction's branch, reads see it, and {@code main} gets it only when the
 * transaction commits.
 */
class LakeFSS3TransactionTests extends AbstractEmbeddedLakeFSTests {

    private static S3Client s3;

    @BeforeAll
    static void createClient() {
        s3 = LakeFSS3.clientBuilder(URI.create(server.url()), server.accessKeyId(), server.secretAccessKey()).build();
    }

    @AfterAll
    static void closeClient() {
        s3.close();
    }

    @Test
    void writesLandOnMainOnlyWhenTheTransactionCommits() {
        Repository repository = newRepository();
        Branch main = repository.branch("main");
        List<String> seenInside = new ArrayList<>();

        main.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("s3 write"), (tx) -> {
            put(repository, "main/data/part-0.csv", "id\n1\n");
            assertThat(onMain(repository, "data/part-0.csv")).as("main, outside the transaction").isFalse();
            assertThat(stat(repository, tx.branchId(), "data/part-0.csv")).isNotNull();
            seenInside.add(s3.getObjectAsBytes((get) -> get.bucket(repository.id()).key("main/data/part-0.csv"))
                .asUtf8String());
            ListObjectsV2Response listing = s3.listObjectsV2((list) -> list.bucket(repository.id())
                .prefix("main/data/"));
            listing.contents().forEach((object) -> seenInside.add(object.key()));
            assertThat(listing.prefix()).isEqualTo("main/data/");
        });

        assertThat(seenInside).containsExactly("id\n1\n", "main/data/part-0.csv");
        assertThat(main.object("data/part-0.csv").readString()).isEqualTo("id\n1\n");
    }

    @Test
    void aFailingTransactionLeavesMainUntouched() {
        Repository repository = newRepository();
        Branch main = repository.branch("main");

        assertThatIllegalStateException().isThrownBy(() -> main.transactWithoutResult(TransactionOptions.defaults(),
                (tx) -> {
                    put(repository, "main/half-written.csv", "id\n");
                    throw new IllegalStateException("invalid dataset");
                }));

        assertThat(onMain(repository, "half-written.csv")).isFalse();
    }

    @Test
    void copiesDeletesAndListingsFollowTheTransaction() {
        Repository repository = newRepository();
        Branch main = repository.branch("main");
        main.object("keep/a.txt").upload("a");
        main.object("old/b.txt").upload("b");
        main.object("old/c.txt").upload("c");
        main.commit("seed");

        main.transactWithoutResult(TransactionOptions.defaults(), (tx) -> {
            put(repository, "main/new/d.txt", "d");
            s3.copyObject((copy) -> copy.sourceBucket(repository.id())
                .sourceKey("main/new/d.txt")
                .destinationBucket(repository.id())
                .destinationKey("main/new/e.txt"));
            DeleteObjectsResponse deleted = s3.deleteObjects((delete) -> delete.bucket(repository.id())
                .delete((objects) -> objects.objects(ObjectIdentifier.builder().key("main/old/b.txt").build(),
                        ObjectIdentifier.builder().key("main/old/c.txt").build())));
            assertThat(deleted.deleted()).extracting(DeletedObject::key)
                .containsExactlyInAnyOrder("main/old/b.txt", "main/old/c.txt");
            ListObjectsResponse v1 = s3.listObjects((list) -> list.bucket(repository.id())
                .prefix("main/")
                .delimiter("/"));
            assertThat(v1.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("main/keep/", "main/new/");
            assertThat(onMain(repository, "old/b.txt")).isTrue();
        });

        assertThat(keys(repository, "main/")).containsExactly("main/keep/a.txt", "main/new/d.txt", "main/new/e.txt");
    }

    @Test
    void paginatedListingsAndPartCopiesFollowTheTransaction() {
        Repository repository = newRepository();
        Branch main = repository.branch("main");
        main.object("data/a.txt").upload("a");
        main.commit("seed");

        List<String> keys = main.transact(TransactionOptions.defaults(), (tx) -> {
            put(repository, "main/data/b.txt", "b");
            CreateMultipartUploadResponse upload = s3.createMultipartUpload((create) -> create.bucket(repository.id())
                .key("main/data/c.txt"));
            UploadPartCopyResponse part = s3.uploadPartCopy((copy) -> copy.sourceBucket(repository.id())
                .sourceKey("main/data/b.txt")
                .destinationBucket(repository.id())
                .destinationKey("main/data/c.txt")
                .uploadId(upload.uploadId())
                .partNumber(1));
            s3.completeMultipartUpload((complete) -> complete.bucket(repository.id())
                .key("main/data/c.txt")
                .uploadId(upload.uploadId())
                .multipartUpload((parts) -> parts.parts(CompletedPart.builder()
                    .partNumber(1)
                    .eTag(part.copyPartResult().eTag())
                    .build())));
            return s3.listObjectsV2Paginator((list) -> list.bucket(repository.id()).prefix("main/data/").maxKeys(1))
                .contents()
                .stream()
                .map(S3Object::key)
                .toList();
        });

        assertThat(keys).containsExactly("main/data/a.txt", "main/data/b.txt", "main/data/c.txt");
        assertThat(main.object("data/c.txt").readString()).isEqualTo("b");
    }

    @Test
    void multipartUploadsFollowTheTransaction() {
        Repository repository = newRepository();
        Branch main = repository.branch("main");
        byte[] part1 = new byte[5 * 1024 * 1024];
        byte[] part2 = "tail".getBytes();

        main.transactWithoutResult(TransactionOptions.defaults(), (tx) -> {
            CreateMultipartUploadResponse upload = s3.createMultipartUpload((create) -> create.bucket(repository.id())
                .key("main/big.bin"));
            assertThat(upload.key()).isEqualTo("main/big.bin");
            UploadPartResponse first = s3.uploadPart((part) -> part.bucket(repository.id())
                .key("main/big.bin")
                .uploadId(upload.uploadId())
                .partNumber(1), RequestBody.fromBytes(part1));
            UploadPartResponse second = s3.uploadPart((part) -> part.bucket(repository.id())
                .key("main/big.bin")
                .uploadId(upload.uploadId())
                .partNumber(2), RequestBody.fromBytes(part2));
            s3.completeMultipartUpload((complete) -> complete.bucket(repository.id())
                .key("main/big.bin")
                .uploadId(upload.uploadId())
                .multipartUpload((parts) -> parts.parts(CompletedPart.builder().partNumber(1).eTag(first.eTag()).build(),
                        CompletedPart.builder().partNumber(2).eTag(second.eTag()).build())));
            assertThat(onMain(repository, "big.bin")).isFalse();
        });

        assertThat(main.object("big.bin").stat().sizeBytes()).isEqualTo(part1.length + part2.length);
    }

    @Test
    void otherBranchesAndRepositoriesAreNotRouted() {
        Repository repository = newRepository();
        Repository other = newRepository();
        Branch main = repository.branch("main");
        repository.branch("side").create("main");

        main.transactWithoutResult(TransactionOptions.defaults(), (tx) -> {
            put(repository, "side/file.txt", "side");
            put(other, "main/file.txt", "other");
            assertThat(stat(repository, "side", "file.txt")).isNotNull();
            assertThat(onMain(other, "file.txt")).isTrue();
        });

        assertThat(onMain(repository, "file.txt")).isFalse();
    }

    private static void put(Repository repository, String key, String content) {
        s3.putObject((put) -> put.bucket(repository.id()).key(key), RequestBody.fromString(content));
    }

    private static List<String> keys(Repository repository, String prefix) {
        return s3.listObjectsV2((list) -> list.bucket(repository.id()).prefix(prefix))
            .contents()
            .stream()
            .map(S3Object::key)
            .toList();
    }

    /** Whether {@code path} is on {@code main}, asked through the low-level client, which no transaction routes. */
    private static boolean onMain(Repository repository, String path) {
        return stat(repository, "main", path) != null;
    }

    private static ObjectStats stat(Repository repository, String ref, String path) {
        return client.statObject(repository.id(), ref, path)
            .onErrorResume(LakeFSNotFoundException.class, (ex) -> reactor.core.publisher.Mono.empty())
            .block();
    }


}
