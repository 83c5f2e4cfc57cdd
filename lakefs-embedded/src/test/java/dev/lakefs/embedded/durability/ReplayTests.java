package dev.lakefs.embedded.durability;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.versioning.StateChange;
import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.BranchesApi;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.RepositoriesApi;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Replaying a journal whose records do not all fit: those that do are applied, the others skipped. */
class ReplayTests {

    @TempDir
    Path directory;

    @Test
    @DisplayName("changes to an unknown repository, branch or commit are skipped; the directory opens with the rest")
    void recordsThatDoNotApplyAreSkipped() throws Exception {
        String head;
        try (EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().dataDirectory(this.directory).build().start()) {
            ApiClient client = client(lakeFS);
            new RepositoriesApi(client).createRepository(new RepositoryCreation().name("real")
                .storageNamespace("mem://replay/real")).execute();
            Path file = Files.writeString(this.directory.resolve("upload.txt"), "staged");
            new ObjectsApi(client).uploadObject("real", "main", "staged.txt").content(file.toFile()).execute();
            head = new BranchesApi(client).getBranch("real", "main").execute().getCommitId();
        }
        try (Journal journal = Journal.open(this.directory.resolve("journal"), (record) -> {
        })) {
            journal.append(new JournalRecord.RepositoryChanged("ghost", List.of(new StateChange.HeadMoved("main",
                    head))));
            journal.append(new JournalRecord.RepositoryChanged("real", List.of(new StateChange.HeadMoved("main",
                    "0".repeat(64)))));
            journal.append(new JournalRecord.RepositoryChanged("real", List.of(new StateChange.Unstaged("gone",
                    "", true))));
        }
        try (EmbeddedLakeFS lakeFS = EmbeddedLakeFS.builder().dataDirectory(this.directory).build().start()) {
            ApiClient client = client(lakeFS);
            assertThat(new BranchesApi(client).getBranch("real", "main").execute().getCommitId()).isEqualTo(head);
            File staged = new ObjectsApi(client).getObject("real", "main", "staged.txt").execute();
            assertThat(Files.readString(staged.toPath())).isEqualTo("staged");
            assertThat(new RepositoriesApi(client).listRepositories().execute().getResults())
                .extracting(repository -> repository.getId()).containsExactly("real");
        }
    }

    private static ApiClient client(EmbeddedLakeFS lakeFS) {
        ApiClient client = new ApiClient();
        client.setBasePath(lakeFS.endpoint());
        client.setUsername(lakeFS.accessKeyId());
        client.setPassword(lakeFS.secretAccessKey());
        return client;
    }
}
