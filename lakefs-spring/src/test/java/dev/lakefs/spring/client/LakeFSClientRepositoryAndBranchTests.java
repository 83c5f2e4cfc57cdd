package dev.lakefs.spring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.RefInfo;
import dev.lakefs.spring.client.model.RepositoryCreation;
import dev.lakefs.spring.client.model.RepositoryProperties;
import dev.lakefs.spring.client.model.TagCreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LakeFSClientRepositoryAndBranchTests extends EmbeddedServerSupport {

    private final LakeFSClient client = client();

    @Test
    void createsReadsListsAndDeletesARepository() {
        RepositoryProperties created = this.client
            .createRepository(RepositoryCreation.of("repo-lifecycle", "mem://bucket/repo-lifecycle")
                .withDefaultBranch("trunk"))
            .block();
        assertThat(created.id()).isEqualTo("repo-lifecycle");
        assertThat(created.defaultBranch()).isEqualTo("trunk");
        assertThat(created.storageNamespace()).isEqualTo("mem://bucket/repo-lifecycle");
        assertThat(created.creationDate()).isNotNull();
        assertThat(this.client.getRepository("repo-lifecycle").block()).isEqualTo(created);
        assertThat(this.client.listRepositories(ListOptions.prefixed("repo-lifecycle")).collectList().block())
            .containsExactly(created);
        this.client.deleteRepository("repo-lifecycle", false).block();
        assertThatExceptionOfType(LakeFSNotFoundException.class)
            .isThrownBy(() -> this.client.getRepository("repo-lifecycle").block());
    }

    @Test
    void newRepositoryHasTheInitialCommitOnItsDefaultBranch() {
        String repository = newRepository(this.client);
        List<Commit> log = this.client.logCommits(repository, "main").collectList().block();
        assertThat(log).singleElement().satisfies((commit) -> {
            assertThat(commit.message()).isEqualTo("Repository created");
            assertThat(commit.parents()).isEmpty();
            assertThat(commit.id()).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void repositoryMetadataCanBeSetReadAndDeleted() {
        String repository = newRepository(this.client);
        this.client.setRepositoryMetadata(repository, Map.of("team", "data", "tier", "gold")).block();
        assertThat(this.client.getRepositoryMetadata(repository).block()).containsEntry("team", "data")
            .containsEntry("tier", "gold");
        this.client.deleteRepositoryMetadata(repository, List.of("tier")).block();
        assertThat(this.client.getRepositoryMetadata(repository).block()).containsEntry("team", "data")
            .doesNotContainKey("tier");
    }

    @Test
    void createsReadsListsAndDeletesBranches() {
        String repository = newRepository(this.client);
        RefInfo main = this.client.getBranch(repository, "main").block();
        String commitId = this.client.createBranch(repository, BranchCreation.of("feature", "main")).block();
        assertThat(commitId).isEqualTo(main.commitId());
        assertThat(this.client.listBranches(repository).map(RefInfo::id).collectList().block())
            .containsExactly("feature", "main");
        this.client.deleteBranch(repository, "feature", false).block();
        assertThat(this.client.listBranches(repository).map(RefInfo::id).collectList().block()).containsExactly("main");
    }

    @Test
    void hiddenBranchesAreListedOnlyWhenAsked() {
        String repository = newRepository(this.client);
        this.client.createBranch(repository, new BranchCreation("ghost", "main", false, true)).block();
        assertThat(this.client.listBranches(repository).map(RefInfo::id).collectList().block()).containsExactly("main");
        assertThat(this.client.listBranches(repository, ListOptions.defaults(), true).map(RefInfo::id).collectList().block())
            .containsExactly("ghost", "main");
    }

    @Test
    void commitsAndReadsCommitsThroughRefExpressions() {
        String repository = newRepository(this.client);
        this.client.uploadObject(repository, "main", "a.txt", ObjectUpload.of("a".getBytes())).block();
        Commit commit = this.client.commit(repository, "main", CommitCreation.of("add a", Map.of("k", "v"))).block();
        assertThat(commit.message()).isEqualTo("add a");
        assertThat(commit.metadata()).containsEntry("k", "v");
        assertThat(commit.parents()).hasSize(1);
        assertThat(this.client.getCommit(repository, "main").block()).isEqualTo(commit);
        assertThat(this.client.getCommit(repository, "main~1").block().id()).isEqualTo(commit.parents().get(0));
    }

    @Test
    void emptyCommitIsRejectedUnlessAllowed() {
        String repository = newRepository(this.client);
        assertThatExceptionOfType(LakeFSBadRequestException.class)
            .isThrownBy(() -> this.client.commit(repository, "main", CommitCreation.of("nothing")).block())
            .satisfies((ex) -> assertThat(ex.getServerMessage()).contains("no changes"));
        Commit empty = this.client.commit(repository, "main", CommitCreation.of("nothing").withAllowEmpty()).block();
        assertThat(empty.message()).isEqualTo("nothing");
    }

    @Test
    void tagsPointAtCommits() {
        String repository = newRepository(this.client);
        RefInfo main = this.client.getBranch(repository, "main").block();
        RefInfo tag = this.client.createTag(repository, TagCreation.of("v1", "main")).block();
        assertThat(tag).isEqualTo(new RefInfo("v1", main.commitId()));
        assertThat(this.client.getTag(repository, "v1").block()).isEqualTo(tag);
        assertThat(this.client.listTags(repository, ListOptions.defaults()).collectList().block()).containsExactly(tag);
        this.client.deleteTag(repository, "v1", false).block();
        assertThat(this.client.listTags(repository, ListOptions.defaults()).collectList().block()).isEmpty();
    }

    @Test
    void answersServerConfigurationAndHealth() {
        this.client.healthCheck().block();
        assertThat(this.client.getConfig().block().versionConfig().version()).isNotBlank();
        assertThat(this.client.getLakeFSVersion().block().version()).isNotBlank();
        assertThat(this.client.getStorageConfig().block().blockstoreNamespaceValidityRegex()).isNotBlank();
        assertThat(this.client.getSetupState().block().initialized()).isTrue();
    }

    @Test
    void preflightAllowsUploadsToAnExistingBranchOnly() {
        String repository = newRepository(this.client);
        this.client.uploadObjectPreflight(repository, "main", "any/path").block();
        assertThatExceptionOfType(LakeFSNotFoundException.class)
            .isThrownBy(() -> this.client.uploadObjectPreflight(repository, "missing", "any/path").block());
    }

}
