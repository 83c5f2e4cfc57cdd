package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.Repository;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §4 Repositories, §5.1 repository creation, §5.2 the repository name rule. */
class RepositoryConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4 POST /repositories → 201 Repository (id, default_branch main, namespace, creation_date in seconds)")
    void createAnswersRepository() throws ApiException {
        String name = uniqueName("create");
        ApiResponse<Repository> response = this.repositories
                .createRepository(new RepositoryCreation().name(name).storageNamespace(namespaceOf(name)))
                .executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(201);
        Repository created = response.getData();
        assertThat(created.getId()).isEqualTo(name);
        assertThat(created.getDefaultBranch()).isEqualTo("main");
        assertThat(created.getStorageNamespace()).isEqualTo(namespaceOf(name));
        // §5.12: creation_date is Unix seconds
        assertThat(created.getCreationDate()).isBetween(nowSeconds() - 60, nowSeconds() + 60);
        assertThat(this.repositories.getRepository(name).execute().getId()).isEqualTo(name);
    }

    @Test
    @DisplayName("§4 RepositoryCreation.default_branch names the branch that is created")
    void createWithCustomDefaultBranch() throws ApiException {
        String name = uniqueName("custom-default");
        Repository created = this.repositories.createRepository(new RepositoryCreation().name(name)
                .storageNamespace(namespaceOf(name)).defaultBranch("trunk")).execute();
        assertThat(created.getDefaultBranch()).isEqualTo("trunk");
        assertThat(this.branches.getBranch(name, "trunk").execute().getCommitId()).matches(COMMIT_ID_PATTERN);
    }

    @Test
    @DisplayName("§5.1 creation makes commit #1 'Repository created': committer \"\", no parents, generation 1")
    void creationMakesInitialCommit() throws ApiException {
        List<Commit> log = this.refs.logCommits(this.repo, "main").execute().getResults();
        assertThat(log).hasSize(1);
        Commit initial = log.get(0);
        assertThat(initial.getMessage()).isEqualTo("Repository created");
        assertThat(initial.getCommitter()).isEmpty();
        assertThat(initial.getParents()).isEmpty();
        assertThat(initial.getGeneration()).isEqualTo(1L);
        assertThat(initial.getMetaRangeId()).isEmpty();
        assertThat(initial.getId()).matches(COMMIT_ID_PATTERN).isEqualTo(headOf("main"));
    }

    @ParameterizedTest(name = "§5.2 repository name ''{0}'' breaks ^[a-z0-9][a-z0-9-]'{'2,62'}'$ → 400")
    @ValueSource(strings = { "ab", "Upper-case", "-leading-dash", "under_score", "dot.name", "has space",
            "a234567890123456789012345678901234567890123456789012345678901234" })
    void invalidRepositoryNameIsBadRequest(String name) {
        ApiException ex = failsWith(400, () -> this.repositories
                .createRepository(new RepositoryCreation().name(name).storageNamespace("mem://conformance/bad-names"))
                .execute());
        assertThat(messageOf(ex)).isNotBlank();
    }

    @Test
    @DisplayName("§5.2 repository names of 3 and 63 characters are valid")
    void boundaryRepositoryNamesAreAccepted() throws ApiException {
        String shortest = "a-1";
        String prefix = uniqueName("long");
        String longest = prefix + "x".repeat(63 - prefix.length());
        for (String name : List.of(shortest, longest)) {
            assertThat(createRepository(name).getId()).isEqualTo(name);
        }
    }

    @Test
    @DisplayName("§4/§6.8 sample_data=true fills the new repository's main branch")
    void sampleDataFillsMain() throws ApiException {
        String name = uniqueName("sample");
        this.repositories.createRepository(new RepositoryCreation().name(name).storageNamespace(namespaceOf(name))
                .sampleData(true)).execute();
        assertThat(this.objects.listObjects(name, "main").execute().getResults()).isNotEmpty();
    }

    @Test
    @DisplayName("§5.1 a duplicate repository name → 409")
    void duplicateRepositoryIsConflict() {
        // §4 "409 if the repo exists"; §2 "error creating repository: not unique"
        ApiException ex = failsWith(409, () -> this.repositories.createRepository(
                new RepositoryCreation().name(this.repo).storageNamespace("mem://conformance/other-" + this.repo))
                .execute());
        assertThat(messageOf(ex)).isNotBlank();
    }

    @Test
    @DisplayName("§5.1 a storage namespace already used by another repository → 400")
    void reusedStorageNamespaceIsBadRequest() {
        ApiException ex = failsWith(400, () -> this.repositories.createRepository(
                new RepositoryCreation().name(uniqueName("reuse")).storageNamespace(namespaceOf(this.repo))).execute());
        assertThat(messageOf(ex)).contains("storage namespace already in use");
    }

    @Test
    @DisplayName("§4 a storage namespace that breaks ^(s3|gs|https?|mem|local|transient)://.*$ → 400")
    void invalidStorageNamespaceIsBadRequest() {
        failsWith(400, () -> this.repositories.createRepository(
                new RepositoryCreation().name(uniqueName("bad-ns")).storageNamespace("ftp://bucket/x")).execute());
    }

    @Test
    @DisplayName("§4 bare=true creates no initial commit and no branch; the default branch points at nothing")
    void bareRepositoryHasNoBranch() throws ApiException {
        String name = uniqueName("bare");
        Repository bare = this.repositories
                .createRepository(new RepositoryCreation().name(name).storageNamespace(namespaceOf(name)))
                .bare(true).execute();
        assertThat(bare.getDefaultBranch()).isEqualTo("main");
        assertThat(this.branches.listBranches(name).execute().getResults()).isEmpty();
        failsWith(404, () -> this.branches.getBranch(name, "main").execute());
    }

    @Test
    @DisplayName("§4 GET /repositories/{r}: 404 for an unknown repository, 400 for an invalid name")
    void getUnknownOrInvalidRepository() {
        ApiException notFound = failsWith(404, () -> this.repositories.getRepository("no-such-repo-x").execute());
        assertThat(messageOf(notFound)).contains("not found");
        failsWith(400, () -> this.repositories.getRepository("Invalid_Name").execute());
    }

    @Test
    @DisplayName("§4 DELETE /repositories/{r} → 204, then 404; deleting an unknown repository → 404")
    void deleteRepository() throws ApiException {
        assertThat(this.repositories.deleteRepository(this.repo).executeWithHttpInfo().getStatusCode()).isEqualTo(204);
        failsWith(404, () -> this.repositories.getRepository(this.repo).execute());
        failsWith(404, () -> this.repositories.deleteRepository(this.repo).execute());
    }

    @Test
    @DisplayName("§4 GET /repositories lists repositories sorted by id with a complete Pagination")
    void listRepositoriesSortedWithPagination() throws ApiException {
        String prefix = uniqueName("list");
        for (String suffix : List.of("-c", "-a", "-b")) {
            createRepository(prefix + suffix);
        }
        var list = this.repositories.listRepositories().prefix(prefix).execute();
        assertThat(list.getResults()).extracting(Repository::getId)
                .containsExactly(prefix + "-a", prefix + "-b", prefix + "-c");
        assertThat(list.getPagination().getHasMore()).isFalse();
        assertThat(list.getPagination().getNextOffset()).isEmpty();
        assertThat(list.getPagination().getResults()).isEqualTo(3);
        assertThat(list.getPagination().getMaxPerPage()).isEqualTo(1000);
    }

    @Test
    @DisplayName("§4 GET /repositories/{r}/metadata → 200 map; empty for a fresh repository; 404 for an unknown one")
    void repositoryMetadata() throws ApiException {
        assertThat(this.repositories.getRepositoryMetadata(this.repo).execute()).isEmpty();
        failsWith(404, () -> this.repositories.getRepositoryMetadata("no-such-repo-y").execute());
        HttpResponse<byte[]> raw = this.http.get("/repositories/" + this.repo + "/metadata");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(bodyOf(raw).trim()).isEqualTo("{}");
    }

}
