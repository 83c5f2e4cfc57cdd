package dev.lakefs.spring.sample.walkthrough;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.transaction.TransactionOptions;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The guide's last section, "Using Boto", with the AWS SDK for Java: the auto-configured {@code lakeFSS3Client}
 * talks to lakeFS's S3 gateway (the embedded server's, by default), where the bucket is the repository and the key is
 * {@code <ref>/<path>}. Then one write through S3 inside a branch transaction.
 */
final class S3GatewayWalkthrough {

    private final S3Client s3;

    private final WalkthroughOutput out;

    S3GatewayWalkthrough(S3Client s3, WalkthroughOutput out) {
        this.s3 = s3;
        this.out = out;
    }

    void run(Repository repo) {
        Branch main = repo.branch("main");
        this.out.step("The S3 gateway: putting an object on a branch");
        PutObjectRequest put = PutObjectRequest.builder()
            .bucket(repo.id())
            .key("main/example-prefix/example-file.csv")
            .contentType("text/csv")
            .build();
        this.s3.putObject(put, RequestBody.fromString("ID,Name\n1,Alice\n"));
        Commit commit = main.commit("Add example-file.csv through the S3 gateway");
        this.out.line("committed through the lakeFS API: %s", commit.id());

        this.out.step("The S3 gateway: listing by prefix, on the branch and at the commit");
        list(ListObjectsV2Request.builder().bucket(repo.id()).prefix("main/example-prefix").build());
        list(ListObjectsV2Request.builder().bucket(repo.id()).prefix(commit.id() + "/example-prefix").build());

        this.out.step("The S3 gateway: object metadata");
        HeadObjectResponse head = this.s3.headObject(HeadObjectRequest.builder()
            .bucket(repo.id())
            .key("main/example-prefix/example-file.csv")
            .build());
        this.out.line("content-length %d, etag %s, content-type %s, last-modified %s", head.contentLength(),
                head.eTag(), head.contentType(), head.lastModified());

        this.out.step("The S3 gateway in a transaction on main");
        main.transactWithoutResult(TransactionOptions.defaults().withCommitMessage("Add a report through S3"),
                (tx) -> {
                    this.s3.putObject((request) -> request.bucket(repo.id()).key("main/reports/summary.txt"),
                            RequestBody.fromString("1 file"));
                    this.out.line("written to main/reports/summary.txt, which went to %s", tx.branchId());
                });
        this.out.line("after the commit, main has it: %s", main.object("reports/summary.txt").readString());
    }

    private void list(ListObjectsV2Request request) {
        ListObjectsV2Response response = this.s3.listObjectsV2(request);
        for (S3Object object : response.contents()) {
            this.out.line("%s (%d bytes)", object.key(), object.size());
        }
    }

}
