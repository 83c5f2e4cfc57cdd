package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.ImportCreation;
import io.lakefs.clients.sdk.model.ImportLocation;
import io.lakefs.clients.sdk.model.ImportStatus;
import io.lakefs.clients.sdk.model.MergeResult;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.PathList;
import io.lakefs.clients.sdk.model.Ref;
import io.lakefs.clients.sdk.model.Repository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough of the Python SDK documentation this project started from (seed/lakefs-python-docs.txt),
 * step by step through the official Java SDK.
 */
class SeedWalkthroughConformanceTest extends ConformanceTestSupport {

    private static final String TEXT = "This is my object data";

    private static final String CSV = "ID,Name,Email\r\n1,Alice,\r\n2,Bob,\r\n3,Carol,\r\n";

    private static final byte[] RAW = "Hello Object World".getBytes(StandardCharsets.UTF_8);

    @Test
    @DisplayName("seed walkthrough: repository, branches, uploads, uncommitted, commit, diff, merge, read, import, transaction")
    void seedWalkthrough() throws Exception {
        String name = uniqueName("example-repo");
        String mainHead = createRepositoryStep(name);
        this.repo = name;
        createBranchesStep(mainHead);
        uploadStep();
        uncommittedStep();
        Commit commit = commitStep(mainHead);
        String mergeId = diffAndMergeStep(mainHead, commit);
        readFromMainStep(mergeId);
        importStep();
        transactionStep();
    }

    /** §4 Repositories, §5.1: 201 Repository, listed, with the initial commit behind main. */
    private String createRepositoryStep(String name) throws ApiException {
        Repository created = createRepository(name);
        assertThat(created.getId()).isEqualTo(name);
        assertThat(created.getDefaultBranch()).isEqualTo("main");
        assertThat(created.getStorageNamespace()).isEqualTo(namespaceOf(name));
        assertThat(this.repositories.listRepositories().prefix(name).execute().getResults())
                .extracting(Repository::getId).contains(name);
        return this.branches.getBranch(name, "main").execute().getCommitId();
    }

    /** §4 Branches: createBranch answers the source's commit id; both experiments start at main's head. */
    private void createBranchesStep(String mainHead) throws ApiException {
        assertThat(this.branches.createBranch(this.repo, new BranchCreation().name("experiment1").source("main"))
                .execute()).isEqualTo(mainHead);
        assertThat(this.branches.createBranch(this.repo, new BranchCreation().name("experiment2").source("main"))
                .execute()).isEqualTo(mainHead);
        assertThat(this.branches.listBranches(this.repo).execute().getResults())
                .extracting(Ref::getId, Ref::getCommitId)
                .containsExactly(tuple("experiment1", mainHead), tuple("experiment2", mainHead), tuple("main", mainHead));
    }

    /** §4 Objects, §5.10: text, CSV and raw bytes; checksum = hex MD5, content type kept, size filled. */
    private void uploadStep() throws ApiException {
        ObjectStats text = upload("experiment1", "text/sample_data.txt", TEXT.getBytes(StandardCharsets.UTF_8), ".txt");
        assertThat(text.getPath()).isEqualTo("text/sample_data.txt");
        assertThat(text.getChecksum()).isEqualTo(md5Hex(TEXT));
        assertThat(text.getSizeBytes()).isEqualTo(TEXT.length());
        assertThat(text.getContentType()).isEqualTo("text/plain");
        assertThat(text.getPhysicalAddress()).startsWith(namespaceOf(this.repo) + "/");
        ObjectStats csv = uploadRaw("experiment1", "csv/sample_data.csv", CSV.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/csv");
        assertThat(csv.getContentType()).isEqualTo("text/csv");
        assertThat(csv.getChecksum()).isEqualTo(md5Hex(CSV));
        ObjectStats raw = upload("experiment1", "raw/", RAW, "");
        assertThat(raw.getContentType()).isEqualTo("application/octet-stream");
        assertThat(raw.getSizeBytes()).isEqualTo(RAW.length);
        assertThat(read("experiment1", "text/sample_data.txt")).isEqualTo(TEXT);
    }

    /** §4 Diff: the uncommitted diff lists the three additions, sorted by path, with their sizes. */
    private void uncommittedStep() throws ApiException {
        assertThat(this.branches.diffBranch(this.repo, "experiment1").execute().getResults())
                .extracting(Diff::getType, Diff::getPath, Diff::getPathType, Diff::getSizeBytes)
                .containsExactly(
                        tuple(Diff.TypeEnum.ADDED, "csv/sample_data.csv", Diff.PathTypeEnum.OBJECT, (long) CSV.length()),
                        tuple(Diff.TypeEnum.ADDED, "raw/", Diff.PathTypeEnum.OBJECT, (long) RAW.length),
                        tuple(Diff.TypeEnum.ADDED, "text/sample_data.txt", Diff.PathTypeEnum.OBJECT, (long) TEXT.length()));
    }

    /** §4 Commits, §5.4: 201 Commit with the metadata, a 64-hex id and main's head as parent; nothing left staged. */
    private Commit commitStep(String mainHead) throws ApiException {
        Commit commit = this.commits.commit(this.repo, "experiment1",
                new CommitCreation().message("Add some data!").metadata(Map.of("using", "java_sdk"))).execute();
        assertThat(commit.getId()).matches(COMMIT_ID_PATTERN);
        assertThat(commit.getMessage()).isEqualTo("Add some data!");
        assertThat(commit.getMetadata()).containsEntry("using", "java_sdk");
        assertThat(commit.getParents()).containsExactly(mainHead);
        assertThat(this.branches.diffBranch(this.repo, "experiment1").execute().getResults()).isEmpty();
        return commit;
    }

    /** §4 Diff and merge, §5.6: diff shows the additions; the merge is a new two-parent commit; then no diff. */
    private String diffAndMergeStep(String mainHead, Commit commit) throws ApiException {
        assertThat(this.refs.diffRefs(this.repo, "main", "experiment1").execute().getResults())
                .extracting(Diff::getType, Diff::getPath)
                .containsExactly(tuple(Diff.TypeEnum.ADDED, "csv/sample_data.csv"), tuple(Diff.TypeEnum.ADDED, "raw/"),
                        tuple(Diff.TypeEnum.ADDED, "text/sample_data.txt"));
        MergeResult merge = this.refs.mergeIntoBranch(this.repo, "experiment1", "main").execute();
        assertThat(merge.getReference()).matches(COMMIT_ID_PATTERN);
        Commit mergeCommit = this.commits.getCommit(this.repo, merge.getReference()).execute();
        assertThat(mergeCommit.getParents()).containsExactly(mainHead, commit.getId());
        assertThat(mergeCommit.getMessage()).isEqualTo("Merge 'experiment1' into 'main'");
        assertThat(headOf("main")).isEqualTo(merge.getReference());
        assertThat(this.refs.diffRefs(this.repo, "main", "experiment1").execute().getResults()).isEmpty();
        return merge.getReference();
    }

    private void readFromMainStep(String mergeId) throws ApiException {
        assertThat(read("main", "csv/sample_data.csv")).isEqualTo(CSV);
        assertThat(readBytes(mergeId, "raw/")).isEqualTo(RAW);
    }

    /** §4 Import (issue 2: from the server's own mem:// storage): 202, polled to completion, one commit. */
    private void importStep() throws Exception {
        String source = "mem://walkthrough-source/" + this.repo;
        this.server.storage().put(source + "/path1/a.csv", "a".getBytes(StandardCharsets.UTF_8));
        this.server.storage().put(source + "/path1/nested/b.csv", "bb".getBytes(StandardCharsets.UTF_8));
        this.server.storage().put(source + "/path2/imported_obj", "ccc".getBytes(StandardCharsets.UTF_8));
        createBranch("experiment3", "main");
        ImportCreation creation = new ImportCreation()
                .addPathsItem(new ImportLocation().type(ImportLocation.TypeEnum.COMMON_PREFIX)
                        .path(source + "/path1/").destination("datasets/path1/"))
                .addPathsItem(new ImportLocation().type(ImportLocation.TypeEnum.OBJECT)
                        .path(source + "/path2/imported_obj").destination("datasets/path2/imported_obj"))
                .commit(new CommitCreation().message("added public S3 data"));
        var started = this.imports.importStart(this.repo, "experiment3", creation).executeWithHttpInfo();
        assertThat(started.getStatusCode()).isEqualTo(202);
        ImportStatus status = ImportAwait.completed(this.imports, this.repo, "experiment3", started.getData().getId());
        assertThat(status.getError()).isNull();
        assertThat(status.getCompleted()).isTrue();
        assertThat(status.getIngestedObjects()).isEqualTo(3L);
        assertThat(status.getCommit().getMessage()).isEqualTo("added public S3 data");
        assertThat(headOf("experiment3")).isEqualTo(status.getCommit().getId());
        assertThat(pathsOf("experiment3", "datasets/")).containsExactly("datasets/path1/a.csv",
                "datasets/path1/nested/b.csv", "datasets/path2/imported_obj");
        assertThat(read("experiment3", "datasets/path1/nested/b.csv")).isEqualTo("bb");
    }

    /**
     * What the Python SDK's {@code branch.transact(...)} does, by hand: a hidden ephemeral branch, work on it,
     * commit, merge back, delete it (§4 Branches: hidden branches are listed only with show_hidden).
     */
    private void transactionStep() throws ApiException {
        String txBranch = "tx-experiment3-1";
        this.branches.createBranch(this.repo, new BranchCreation().name(txBranch).source("experiment3").hidden(true))
                .execute();
        assertThat(this.branches.listBranches(this.repo).execute().getResults()).extracting(Ref::getId)
                .doesNotContain(txBranch);
        assertThat(this.branches.listBranches(this.repo).showHidden(true).execute().getResults())
                .extracting(Ref::getId).contains(txBranch);
        List<String> toDelete = pathsOf(txBranch, "datasets/path1/");
        assertThat(this.objects.deleteObjects(this.repo, txBranch, new PathList().paths(toDelete)).execute().getErrors())
                .isEmpty();
        upload(txBranch, "new_object", "new object data");
        this.commits.commit(this.repo, txBranch, new CommitCreation().message("my transaction")).execute();
        assertThat(pathsOf("experiment3", "")).contains("datasets/path1/a.csv").doesNotContain("new_object");
        this.refs.mergeIntoBranch(this.repo, txBranch, "experiment3").execute();
        this.branches.deleteBranch(this.repo, txBranch).execute();
        assertThat(pathsOf("experiment3", "")).containsExactly("csv/sample_data.csv", "datasets/path2/imported_obj",
                "new_object", "raw/", "text/sample_data.txt");
        assertThat(read("experiment3", "new_object")).isEqualTo("new object data");
        assertThat(this.branches.listBranches(this.repo).showHidden(true).execute().getResults())
                .extracting(Ref::getId).doesNotContain(txBranch);
    }

}
