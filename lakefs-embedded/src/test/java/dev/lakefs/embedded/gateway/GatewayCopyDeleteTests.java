package dev.lakefs.embedded.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.lakefs.clients.sdk.model.RepositoryCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

import static org.assertj.core.api.Assertions.assertThat;

/** CopyObject, DeleteObject and DeleteObjects as lakeFS's {@code putobject.go}, {@code deleteobject(s).go}. */
class GatewayCopyDeleteTests extends GatewayTestSupport {

    @Test
    @DisplayName("CopyObject copies from any ref, keeps metadata and content type by default, answers CopyObjectResult")
    void copy() throws Exception {
        String etag = this.s3.putObject((request) -> request.bucket(this.repository).key("main/src.txt")
            .contentType("text/csv").metadata(Map.of("a", "1")), RequestBody.fromString("source")).eTag();
        String commitId = commit("main", "source").getId();
        put("main/src.txt", "changed");
        CopyObjectResponse copied = this.s3.copyObject((request) -> request.sourceBucket(this.repository)
            .sourceKey(commitId + "/src.txt").destinationBucket(this.repository).destinationKey("main/dst.txt"));
        assertThat(copied.copyObjectResult().eTag()).isEqualTo(etag);
        assertThat(copied.copyObjectResult().lastModified()).isNotNull();
        assertThat(get("main/dst.txt")).isEqualTo("source");
        HeadObjectResponse head = this.s3.headObject((request) -> request.bucket(this.repository).key("main/dst.txt"));
        assertThat(head.contentType()).isEqualTo("text/csv");
        assertThat(head.metadata()).containsExactly(Map.entry("a", "1"));
    }

    @Test
    @DisplayName("CopyObject with metadata directive REPLACE replaces the user metadata")
    void copyReplace() {
        this.s3.putObject((request) -> request.bucket(this.repository).key("main/src.txt")
            .metadata(Map.of("a", "1")), RequestBody.fromString("source"));
        this.s3.copyObject((request) -> request.sourceBucket(this.repository).sourceKey("main/src.txt")
            .destinationBucket(this.repository).destinationKey("main/replaced.txt")
            .metadataDirective(MetadataDirective.REPLACE).metadata(Map.of("b", "2")));
        assertThat(this.s3.headObject((request) -> request.bucket(this.repository).key("main/replaced.txt"))
            .metadata()).containsExactly(Map.entry("b", "2"));
    }

    @Test
    @DisplayName("CopyObject across repositories of one storage; a missing source is NoSuchKey; a missing branch NoSuchBucket")
    void copyErrors() throws Exception {
        put("main/src.txt", "source");
        String other = this.repository + "-other";
        this.repositories.createRepository(new RepositoryCreation().name(other)
            .storageNamespace("mem://gateway-copy/" + other).defaultBranch("main")).execute();
        this.s3.copyObject((request) -> request.sourceBucket(this.repository).sourceKey("main/src.txt")
            .destinationBucket(other).destinationKey("main/copied.txt"));
        assertThat(this.s3.getObjectAsBytes((request) -> request.bucket(other).key("main/copied.txt"))
            .asUtf8String()).isEqualTo("source");
        S3Exception missing = s3Error(() -> this.s3.copyObject((request) -> request.sourceBucket(this.repository)
            .sourceKey("main/none.txt").destinationBucket(this.repository).destinationKey("main/dst.txt")));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("NoSuchKey");
        S3Exception toCommit = s3Error(() -> this.s3.copyObject((request) -> request.sourceBucket(this.repository)
            .sourceKey("main/src.txt").destinationBucket(this.repository).destinationKey("v1/dst.txt")));
        assertThat(toCommit.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket");
    }

    @Test
    @DisplayName("DeleteObject answers 204, also for a missing object or branch; a committed object gets a tombstone")
    void delete() throws Exception {
        put("main/gone.txt", "x");
        commit("main", "gone");
        assertThat(this.s3.deleteObject((request) -> request.bucket(this.repository).key("main/gone.txt"))
            .sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(s3Error(() -> get("main/gone.txt")).statusCode()).isEqualTo(404);
        assertThat(this.objects.listObjects(this.repository, "main").execute().getResults()).isEmpty();
        assertThat(this.s3.deleteObject((request) -> request.bucket(this.repository).key("main/never.txt"))
            .sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(this.s3.deleteObject((request) -> request.bucket(this.repository).key("nobranch/x"))
            .sdkHttpResponse().statusCode()).isEqualTo(204);
    }

    @Test
    @DisplayName("DeleteObjects deletes ref/path keys and reports each; Quiet reports only errors")
    void deleteObjects() {
        put("main/a", "a");
        put("main/b", "b");
        DeleteObjectsResponse response = this.s3.deleteObjects((request) -> request.bucket(this.repository)
            .delete((delete) -> delete.objects(ObjectIdentifier.builder().key("main/a").build(),
                    ObjectIdentifier.builder().key("main/missing").build(),
                    ObjectIdentifier.builder().key("main/").build())));
        assertThat(response.deleted()).extracting(DeletedObject::key)
            .containsExactly("main/a", "main/missing", "main/");
        assertThat(response.errors()).isEmpty();
        assertThat(s3Error(() -> get("main/a")).statusCode()).isEqualTo(404);
        DeleteObjectsResponse quiet = this.s3.deleteObjects((request) -> request.bucket(this.repository)
            .delete((delete) -> delete.quiet(true).objects(ObjectIdentifier.builder().key("main/b").build())));
        assertThat(quiet.deleted()).isEmpty();
        assertThat(quiet.errors()).isEmpty();
        assertThat(s3Error(() -> get("main/b")).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("DeleteObjects with more than 1000 keys is MalformedXML 400")
    void tooManyKeys() {
        List<ObjectIdentifier> keys = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            keys.add(ObjectIdentifier.builder().key("main/" + i).build());
        }
        S3Exception error = s3Error(() -> this.s3.deleteObjects((request) -> request.bucket(this.repository)
            .delete((delete) -> delete.objects(keys))));
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("MalformedXML");
    }
}
