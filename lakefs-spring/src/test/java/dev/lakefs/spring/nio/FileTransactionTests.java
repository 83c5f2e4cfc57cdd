package dev.lakefs.spring.nio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Transactions over files: paths inside {@code branch.transact(..)} are routed like the high-level API, and the
 * lakefs-spec style {@link LakeFSFileSystems#transaction} commits, tags and merges, or leaves nothing.
 */
class FileTransactionTests extends AbstractFileSystemTests {

    @TempDir
    Path local;

    @Test
    void pathsOnTheSourceBranchGoToTheTransactionBranch() throws IOException {
        Branch main = this.repo.branch("main");
        Path path = path("main", "tx/data.txt");
        main.transact((tx) -> {
            try {
                Files.writeString(path, "in a transaction");
                assertThat(Files.readString(path)).as("read your writes").isEqualTo("in a transaction");
                assertThat(this.repo.branch(tx.branchId()).object("tx/data.txt").exists()).isTrue();
                assertThat(this.repo.ref("main").object("tx/data.txt").exists()).as("main untouched").isFalse();
                try (var entries = Files.list(path("main", "tx"))) {
                    assertThat(entries).containsExactly(path);
                }
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            return null;
        });
        assertThat(main.object("tx/data.txt").readString()).isEqualTo("in a transaction");
    }

    @Test
    void aFailedTransactionLeavesNoPartialFile() throws IOException {
        Branch main = this.repo.branch("main");
        String head = main.getCommit().id();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> main.transact((tx) -> {
            try (OutputStream out = Files.newOutputStream(path("main", "partial.csv"))) {
                out.write("id,name\n1,".getBytes(StandardCharsets.UTF_8));
                throw new IllegalStateException("the job failed halfway");
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }));
        assertThat(Files.exists(path("main", "partial.csv"))).isFalse();
        assertThat(main.getCommit().id()).isEqualTo(head);
        assertThat(this.repo.branchesIncludingHidden()).extracting(Branch::id).containsExactly("main");
    }

    @Test
    void lakefsSpecStyleTransactionCommitsTagsAndMerges() throws IOException {
        Files.writeString(this.local.resolve("train-data.txt"), "train");
        Files.writeString(this.local.resolve("test-data.txt"), "test");

        String sha = LakeFSFileSystems.transaction(this.fileSystem, this.repo.id(), "main", (tx) -> {
            Files.copy(this.local.resolve("train-data.txt"), tx.path("train-data.txt"));
            tx.commit("Add training data");
            Files.copy(this.local.resolve("test-data.txt"), tx.path("test-data.txt"));
            String testCommit = tx.commit("Add test data", Map.of("split", "80/20"));
            tx.tag(testCommit, "my-split");
            assertThat(tx.path("x").toString()).isEqualTo("/" + this.repo.id() + "/" + tx.branchId() + "/x");
            assertThat(this.repo.tag("my-split").exists()).as("tags wait for the merge").isFalse();
            return testCommit;
        });

        Branch main = this.repo.branch("main");
        assertThat(main.object("train-data.txt").readString()).isEqualTo("train");
        assertThat(main.object("test-data.txt").readString()).isEqualTo("test");
        assertThat(this.repo.tag("my-split").getCommit().id()).isEqualTo(sha);
        assertThat(this.repo.ref(sha).getCommit().message()).isEqualTo("Add test data");
        assertThat(this.repo.ref(sha).getCommit().metadata()).containsEntry("split", "80/20");
        assertThat(main.log().stream().map(Commit::message)).contains("Add training data", "Add test data");
        assertThat(this.repo.branchesIncludingHidden()).extracting(Branch::id).containsExactly("main");
    }

    @Test
    void aFailedLakefsSpecStyleTransactionLeavesNothing() throws IOException {
        Branch main = this.repo.branch("main");
        String head = main.getCommit().id();
        IOException failure = new IOException("upload of the test split failed");
        assertThatExceptionOfType(IOException.class)
            .isThrownBy(() -> LakeFSFileSystems.transaction(lakeFS, this.repo.id(), "main", (tx) -> {
                Files.writeString(tx.path("train-data.txt"), "train");
                String sha = tx.commit("Add training data");
                tx.tag(sha, "half-split");
                Files.writeString(tx.path("partial.txt"), "half");
                throw failure;
            }))
            .isSameAs(failure);
        assertThat(main.getCommit().id()).isEqualTo(head);
        assertThat(main.objects().toList()).isEmpty();
        assertThat(this.repo.tag("half-split").exists()).isFalse();
        assertThat(this.repo.branchesIncludingHidden()).extracting(Branch::id).containsExactly("main");
    }

    @Test
    void commitWithNothingNewReturnsTheHead() throws IOException {
        LakeFSFileSystems.transaction(this.fileSystem, this.repo.id(), "main",
                TransactionOptions.defaults().withCommitMessage("leftovers"), (tx) -> {
                    String head = tx.branch().getCommit().id();
                    assertThat(tx.commit("nothing to commit")).isEqualTo(head);
                    Files.writeString(tx.path("left.txt"), "uncommitted at the end");
                    return null;
                });
        assertThat(this.repo.branch("main").object("left.txt").readString()).isEqualTo("uncommitted at the end");
        assertThat(this.repo.branch("main").log().stream().map(Commit::message)).contains("leftovers");
    }
}
