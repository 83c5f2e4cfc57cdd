package dev.lakefs.embedded.gateway;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.InternalApi;
import io.lakefs.clients.sdk.RefsApi;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.BranchProtectionRule;
import io.lakefs.clients.sdk.model.InternalDeleteBranchProtectionRuleRequest;
import io.lakefs.clients.sdk.model.Merge;
import io.lakefs.clients.sdk.model.ObjectErrorList;
import io.lakefs.clients.sdk.model.PathList;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import io.lakefs.clients.sdk.model.ResetCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Branch protection rules (lakeFS's {@code pkg/graveler/branch/protection_manager.go} and the controller): glob
 * patterns blocking staging writes and commits, refused through both doors; read-only repositories likewise.
 */
class BranchProtectionTests extends GatewayTestSupport {

    @Test
    @DisplayName("rules are set and read with an ETag; If-Match guards updates (412), empty If-Match means 'none yet'")
    void rulesWithETag() throws Exception {
        var rules = this.repositories.getBranchProtectionRules(this.repository).executeWithHttpInfo();
        assertThat(rules.getData()).isEmpty();
        assertThat(rules.getHeaders().get("etag")).containsExactly("");
        this.repositories.setBranchProtectionRules(this.repository,
                List.of(new BranchProtectionRule().pattern("main"), new BranchProtectionRule().pattern("release-*")))
            .ifMatch("").execute();
        var saved = this.repositories.getBranchProtectionRules(this.repository).executeWithHttpInfo();
        assertThat(saved.getData()).extracting(BranchProtectionRule::getPattern)
            .containsExactlyInAnyOrder("main", "release-*");
        String etag = saved.getHeaders().get("etag").get(0);
        assertThat(etag).isNotEmpty();
        ApiException stale = catchThrowableOfType(ApiException.class, () -> this.repositories
            .setBranchProtectionRules(this.repository, List.of()).ifMatch("").execute());
        assertThat(stale.getCode()).isEqualTo(412);
        ApiException wrong = catchThrowableOfType(ApiException.class, () -> this.repositories
            .setBranchProtectionRules(this.repository, List.of()).ifMatch("nope").execute());
        assertThat(wrong.getCode()).isEqualTo(412);
        this.repositories.setBranchProtectionRules(this.repository, List.of(new BranchProtectionRule().pattern("x")))
            .ifMatch(etag).execute();
        assertThat(this.repositories.getBranchProtectionRules(this.repository).execute())
            .extracting(BranchProtectionRule::getPattern).containsExactly("x");
        ApiException empty = catchThrowableOfType(ApiException.class, () -> this.repositories
            .setBranchProtectionRules(this.repository, List.of(new BranchProtectionRule().pattern(""))).execute());
        assertThat(empty.getCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("the deprecated internal endpoints add, list and delete one rule; deleting an unknown one is 404")
    void internalEndpoints() throws Exception {
        InternalApi internal = new InternalApi(this.objects.getApiClient());
        internal.createBranchProtectionRulePreflight(this.repository).execute();
        internal.internalCreateBranchProtectionRule(this.repository, new BranchProtectionRule().pattern("prod"))
            .execute();
        assertThat(internal.internalGetBranchProtectionRules(this.repository).execute())
            .extracting(BranchProtectionRule::getPattern).containsExactly("prod");
        internal.internalDeleteBranchProtectionRule(this.repository,
                new InternalDeleteBranchProtectionRuleRequest().pattern("prod")).execute();
        assertThat(internal.internalGetBranchProtectionRules(this.repository).execute()).isEmpty();
        ApiException unknown = catchThrowableOfType(ApiException.class, () -> internal
            .internalDeleteBranchProtectionRule(this.repository,
                    new InternalDeleteBranchProtectionRuleRequest().pattern("prod")).execute());
        assertThat(unknown.getCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("REST: uploads, deletes and resets are 403 'cannot write…', commits 403 'cannot commit…'; merges pass")
    void restDoor(@TempDir Path directory) throws Exception {
        put("main/existing.txt", "x");
        commit("main", "before protection");
        this.branches.createBranch(this.repository, new BranchCreation().name("feature").source("main")).execute();
        protect("main");
        Path file = directory.resolve("f.txt");
        Files.writeString(file, "data");
        File content = file.toFile();
        ApiException upload = catchThrowableOfType(ApiException.class, () -> this.objects
            .uploadObject(this.repository, "main", "new.txt").content(content).execute());
        assertThat(upload.getCode()).isEqualTo(403);
        assertThat(upload.getResponseBody()).contains("cannot write to protected branch");
        ApiException delete = catchThrowableOfType(ApiException.class, () -> this.objects
            .deleteObject(this.repository, "main", "existing.txt").execute());
        assertThat(delete.getCode()).isEqualTo(403);
        ObjectErrorList errors = this.objects.deleteObjects(this.repository, "main",
                new PathList().paths(List.of("existing.txt"))).execute();
        assertThat(errors.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getStatusCode()).isEqualTo(403);
            assertThat(error.getMessage()).isEqualTo("cannot write to protected branch");
        });
        ApiException reset = catchThrowableOfType(ApiException.class, () -> this.branches
            .resetBranch(this.repository, "main", new ResetCreation().type(ResetCreation.TypeEnum.RESET)).execute());
        assertThat(reset.getCode()).isEqualTo(403);
        assertThat(reset.getResponseBody()).contains("cannot write to protected branch");
        ApiException commit = catchThrowableOfType(ApiException.class, () -> commit("main", "blocked"));
        assertThat(commit.getCode()).isEqualTo(403);
        assertThat(commit.getResponseBody()).contains("cannot commit to protected branch");
        // Protection is what merges are for: a merge into the branch passes.
        this.objects.uploadObject(this.repository, "feature", "merged.txt").content(content).execute();
        commit("feature", "feature work");
        new RefsApi(this.objects.getApiClient()).mergeIntoBranch(this.repository, "feature", "main").merge(new Merge())
            .execute();
        assertThat(get("main/merged.txt")).isEqualTo("data");
    }

    @Test
    @DisplayName("S3: PutObject, DeleteObject, CompleteMultipartUpload are ErrWriteToProtectedBranch 403; DeleteObjects reports per key")
    void gatewayDoor() {
        put("main/existing.txt", "x");
        this.s3.createMultipartUpload((request) -> request.bucket(this.repository).key("main/mpu.txt"));
        String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/mpu.txt")).uploadId();
        String etag = this.s3.uploadPart((request) -> request.bucket(this.repository).key("main/mpu.txt")
            .uploadId(uploadId).partNumber(1), RequestBody.fromString("part")).eTag();
        protect("ma*");
        assertProtected(s3Error(() -> put("main/new.txt", "x")));
        assertThat(s3Error(() -> get("main/new.txt")).statusCode()).isEqualTo(404);
        assertProtected(s3Error(() -> this.s3.deleteObject((request) -> request.bucket(this.repository)
            .key("main/existing.txt"))));
        assertProtected(s3Error(() -> this.s3.completeMultipartUpload((request) -> request.bucket(this.repository)
            .key("main/mpu.txt").uploadId(uploadId).multipartUpload((upload) -> upload
                .parts(CompletedPart.builder().partNumber(1).eTag(etag).build())))));
        assertThat(s3Error(() -> get("main/mpu.txt")).statusCode()).isEqualTo(404);
        DeleteObjectsResponse deleted = this.s3.deleteObjects((request) -> request.bucket(this.repository)
            .delete((delete) -> delete.objects(ObjectIdentifier.builder().key("main/existing.txt").build())));
        assertThat(deleted.deleted()).isEmpty();
        assertThat(deleted.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("ErrWriteToProtectedBranch");
            assertThat(error.key()).isEqualTo("main/existing.txt");
            assertThat(error.message()).isEqualTo("error deleting object: Attempted to write to a protected branch");
        });
        // lakeFS answers a copy into a protected branch as an invalid copy.
        S3Exception copy = s3Error(() -> this.s3.copyObject((request) -> request.sourceBucket(this.repository)
            .sourceKey("main/existing.txt").destinationBucket(this.repository).destinationKey("main/copy.txt")));
        assertThat(copy.statusCode()).isEqualTo(400);
        assertThat(copy.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest");
        assertThat(get("main/existing.txt")).isEqualTo("x");
    }

    @Test
    @DisplayName("patterns are globs on the whole branch name: *, ?, {a,b}, [ab]")
    void globs() throws Exception {
        for (String branch : new String[] { "release-1", "release", "hotfix-a", "hotfix-ab", "dev", "stage", "qa",
                "env-a", "env-c" }) {
            this.branches.createBranch(this.repository, new BranchCreation().name(branch).source("main")).execute();
        }
        protect("release-*", "hotfix-?", "{dev,stage}", "env-[ab]");
        for (String branch : new String[] { "release-1", "hotfix-a", "dev", "stage", "env-a" }) {
            assertProtected(s3Error(() -> put(branch + "/x", "x")));
        }
        for (String branch : new String[] { "release", "hotfix-ab", "qa", "env-c", "main" }) {
            put(branch + "/x", "x");
            assertThat(get(branch + "/x")).isEqualTo("x");
        }
    }

    @Test
    @DisplayName("in a character class only ! negates: [^a] is '^' or 'a', as gobwas/glob reads it")
    void caretInAClassIsALiteral() throws Exception {
        for (String branch : new String[] { "env-a", "env-c" }) {
            this.branches.createBranch(this.repository, new BranchCreation().name(branch).source("main")).execute();
        }
        protect("env-[^a]");
        assertProtected(s3Error(() -> put("env-a/x", "x")));
        put("env-c/x", "x");
        assertThat(get("env-c/x")).isEqualTo("x");
    }

    @Test
    @DisplayName("a rule that would make a regex backtrack for ever is matched in linear time: the write goes through")
    void patternsThatBacktrackInARegexDoNotHangWrites() throws Exception {
        String branch = "a".repeat(80);
        this.branches.createBranch(this.repository, new BranchCreation().name(branch).source("main")).execute();
        protect("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        // the guard only ends the test if the server hangs; before the linear matcher this write never answered
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> put(branch + "/x", "x"));
        assertThat(get(branch + "/x")).isEqualTo("x");
        protect("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a");
        assertProtected(s3Error(() -> put(branch + "/y", "y")));
    }

    @Test
    @DisplayName("read-only repositories: S3 writes are ErrReadOnlyRepository 403, reads work")
    void readOnlyRepository() throws Exception {
        String readOnly = this.repository + "-ro";
        this.repositories.createRepository(new RepositoryCreation().name(readOnly).readOnly(true)
            .storageNamespace("mem://gateway-ro/" + readOnly).defaultBranch("main")).execute();
        S3Exception putError = s3Error(() -> this.s3.putObject((request) -> request.bucket(readOnly)
            .key("main/x"), RequestBody.fromString("x")));
        assertThat(putError.statusCode()).isEqualTo(403);
        assertThat(putError.awsErrorDetails().errorCode()).isEqualTo("ErrReadOnlyRepository");
        assertThat(putError.awsErrorDetails().errorMessage()).isEqualTo("Attempted to write to a read-only repository");
        assertThat(s3Error(() -> this.s3.deleteObject((request) -> request.bucket(readOnly).key("main/x")))
            .awsErrorDetails().errorCode()).isEqualTo("ErrReadOnlyRepository");
        assertThat(s3Error(() -> this.s3.deleteObjects((request) -> request.bucket(readOnly)
            .delete((delete) -> delete.objects(ObjectIdentifier.builder().key("main/x").build())))).statusCode())
            .isEqualTo(403);
        assertThat(s3Error(() -> this.s3.createMultipartUpload((request) -> request.bucket(readOnly).key("main/x")))
            .awsErrorDetails().errorCode()).isEqualTo("ErrReadOnlyRepository");
        assertThat(this.s3.listObjectsV2((request) -> request.bucket(readOnly).prefix("main/")).contents()).isEmpty();
    }

    private void protect(String... patterns) {
        try {
            this.repositories.setBranchProtectionRules(this.repository,
                    Arrays.stream(patterns).map(pattern -> new BranchProtectionRule().pattern(pattern))
                        .toList())
                .execute();
        }
        catch (ApiException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void assertProtected(S3Exception error) {
        assertThat(error.statusCode()).isEqualTo(403);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ErrWriteToProtectedBranch");
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Attempted to write to a protected branch");
    }
}
