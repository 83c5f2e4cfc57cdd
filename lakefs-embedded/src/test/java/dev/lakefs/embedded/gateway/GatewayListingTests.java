package dev.lakefs.embedded.gateway;

import java.util.ArrayList;
import java.util.List;

import io.lakefs.clients.sdk.model.BranchCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;

/** ListObjects v1 and v2 as lakeFS's {@code listobjects.go}: keys are {@code ref/path}, branches are prefixes. */
class GatewayListingTests extends GatewayTestSupport {

    @Test
    @DisplayName("v2 lists keys as ref/path with size, quoted MD5 ETag, STANDARD storage class; delimiter folds prefixes")
    void listV2() {
        put("main/a.txt", "a");
        put("main/dir/b.txt", "bb");
        put("main/dir/sub/c.txt", "ccc");
        ListObjectsV2Response all = this.s3.listObjectsV2((request) -> request.bucket(this.repository)
            .prefix("main/"));
        assertThat(all.contents()).extracting(S3Object::key)
            .containsExactly("main/a.txt", "main/dir/b.txt", "main/dir/sub/c.txt");
        S3Object first = all.contents().get(0);
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.eTag()).isEqualTo("\"" + md5("a") + "\"");
        assertThat(first.storageClassAsString()).isEqualTo("STANDARD");
        assertThat(first.lastModified()).isNotNull();
        assertThat(all.keyCount()).isEqualTo(3);
        assertThat(all.isTruncated()).isFalse();
        ListObjectsV2Response folded = this.s3.listObjectsV2((request) -> request.bucket(this.repository)
            .prefix("main/").delimiter("/"));
        assertThat(folded.contents()).extracting(S3Object::key).containsExactly("main/a.txt");
        assertThat(folded.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("main/dir/");
        ListObjectsV2Response inDir = this.s3.listObjectsV2((request) -> request.bucket(this.repository)
            .prefix("main/dir/").delimiter("/"));
        assertThat(inDir.contents()).extracting(S3Object::key).containsExactly("main/dir/b.txt");
        assertThat(inDir.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("main/dir/sub/");
    }

    @Test
    @DisplayName("a prefix without '/' lists branches as common prefixes (v1 and v2)")
    void branchesAsPrefixes() throws Exception {
        this.branches.createBranch(this.repository, new BranchCreation().name("feature-1").source("main")).execute();
        this.branches.createBranch(this.repository, new BranchCreation().name("feature-2").source("main")).execute();
        ListObjectsV2Response all = this.s3.listObjectsV2((request) -> request.bucket(this.repository)
            .delimiter("/"));
        assertThat(all.commonPrefixes()).extracting(CommonPrefix::prefix)
            .containsExactly("feature-1/", "feature-2/", "main/");
        assertThat(all.contents()).isEmpty();
        ListObjectsV2Response features = this.s3.listObjectsV2((request) -> request.bucket(this.repository)
            .prefix("feat").delimiter("/"));
        assertThat(features.commonPrefixes()).extracting(CommonPrefix::prefix)
            .containsExactly("feature-1/", "feature-2/");
        ListObjectsV2Response page = this.s3.listObjectsV2((request) -> request.bucket(this.repository)
            .delimiter("/").maxKeys(1));
        assertThat(page.isTruncated()).isTrue();
        assertThat(page.nextContinuationToken()).isEqualTo("feature-1");
        ListObjectsResponse v1 = this.s3.listObjects((request) -> request.bucket(this.repository).delimiter("/"));
        assertThat(v1.commonPrefixes()).extracting(CommonPrefix::prefix)
            .containsExactly("feature-1/", "feature-2/", "main/");
    }

    @Test
    @DisplayName("v2 pages with max-keys and continuation tokens; start-after is a ref/path key")
    void paginationV2() {
        for (int i = 0; i < 5; i++) {
            put("main/p/" + i, "x");
        }
        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String continuation = token;
            ListObjectsV2Response page = this.s3.listObjectsV2((request) -> request.bucket(this.repository)
                .prefix("main/p/").maxKeys(2).continuationToken(continuation));
            page.contents().forEach(object -> keys.add(object.key()));
            assertThat(page.maxKeys()).isEqualTo(2);
            token = page.isTruncated() ? page.nextContinuationToken() : null;
            if (continuation != null) {
                assertThat(page.continuationToken()).isEqualTo(continuation);
            }
            pages++;
        }
        while (token != null);
        assertThat(keys).containsExactly("main/p/0", "main/p/1", "main/p/2", "main/p/3", "main/p/4");
        assertThat(pages).isEqualTo(3);
        assertThat(this.s3.listObjectsV2((request) -> request.bucket(this.repository).prefix("main/p/")
            .startAfter("main/p/2")).contents()).extracting(S3Object::key).containsExactly("main/p/3", "main/p/4");
        // The paginator follows the same tokens.
        assertThat(this.s3.listObjectsV2Paginator((request) -> request.bucket(this.repository).prefix("main/p/")
            .maxKeys(2)).contents()).hasSize(5);
    }

    @Test
    @DisplayName("v1 pages with marker; NextMarker only with a delimiter")
    void paginationV1() {
        for (int i = 0; i < 3; i++) {
            put("main/m/" + i, "x");
        }
        ListObjectsResponse first = this.s3.listObjects((request) -> request.bucket(this.repository)
            .prefix("main/m/").maxKeys(2));
        assertThat(first.contents()).extracting(S3Object::key).containsExactly("main/m/0", "main/m/1");
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextMarker()).isNull();
        ListObjectsResponse second = this.s3.listObjects((request) -> request.bucket(this.repository)
            .prefix("main/m/").marker("main/m/1"));
        assertThat(second.contents()).extracting(S3Object::key).containsExactly("main/m/2");
        ListObjectsResponse delimited = this.s3.listObjects((request) -> request.bucket(this.repository)
            .prefix("main/m/").delimiter("/").maxKeys(1));
        assertThat(delimited.nextMarker()).isEqualTo("main/m/0");
    }

    @Test
    @DisplayName("listing at a commit id or tag; an unknown ref lists nothing in v1 and is BadRequest in v2")
    void listingAtRefs() throws Exception {
        put("main/c.txt", "x");
        String commitId = commit("main", "c").getId();
        put("main/uncommitted.txt", "y");
        assertThat(this.s3.listObjectsV2((request) -> request.bucket(this.repository).prefix(commitId + "/"))
            .contents()).extracting(S3Object::key).containsExactly(commitId + "/c.txt");
        assertThat(this.s3.listObjects((request) -> request.bucket(this.repository).prefix("nothing/"))
            .contents()).isEmpty();
        assertThat(s3Error(() -> this.s3.listObjectsV2((request) -> request.bucket(this.repository)
            .prefix("nothing/"))).awsErrorDetails().errorCode()).isEqualTo("BadRequest");
        assertThat(s3Error(() -> this.s3.listObjectsV2((request) -> request.bucket(this.repository)
            .prefix("main/").startAfter("other/x"))).statusCode()).isEqualTo(400);
    }
}
