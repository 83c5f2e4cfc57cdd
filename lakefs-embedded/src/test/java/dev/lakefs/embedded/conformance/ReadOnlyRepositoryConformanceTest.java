package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.ObjectError;
import io.lakefs.clients.sdk.model.PathList;
import io.lakefs.clients.sdk.model.Repository;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5.13 read-only repositories, §6.3 commit_test and §6.4 delete_test (read-only cases). */
class ReadOnlyRepositoryConformanceTest extends ConformanceTestSupport {

    private File content;

    @BeforeEach
    void useReadOnlyRepository() throws ApiException {
        String name = uniqueName("read-only");
        Repository created = this.repositories.createRepository(
                new RepositoryCreation().name(name).storageNamespace(namespaceOf(name)).readOnly(true)).execute();
        assertThat(created.getReadOnly()).isTrue();
        this.repo = name;
        this.content = writeScratchFile("data".getBytes(StandardCharsets.UTF_8), ".txt").toFile();
    }

    @Test
    @DisplayName("§5.13/§6.3 upload and commit → 403 without force; both succeed with force=true")
    void uploadAndCommitNeedForce() throws ApiException {
        failsWith(403, () -> this.objects.uploadObject(this.repo, "main", "a").content(this.content).execute());
        assertThat(this.objects.uploadObject(this.repo, "main", "a").content(this.content).force(true)
                .executeWithHttpInfo().getStatusCode()).isEqualTo(201);
        failsWith(403, () -> this.commits.commit(this.repo, "main", new CommitCreation().message("c")).execute());
        assertThat(this.commits.commit(this.repo, "main", new CommitCreation().message("c").force(true))
                .executeWithHttpInfo().getStatusCode()).isEqualTo(201);
    }

    @Test
    @DisplayName("§5.13/§6.4 deleteObject → 403 with a JSON Error without force, 204 with force")
    void deleteNeedsForce() throws ApiException {
        this.objects.uploadObject(this.repo, "main", "a").content(this.content).force(true).execute();
        ApiException ex = failsWith(403, () -> this.objects.deleteObject(this.repo, "main", "a").execute());
        assertThat(messageOf(ex)).isNotBlank();
        assertThat(this.objects.deleteObject(this.repo, "main", "a").force(true).executeWithHttpInfo().getStatusCode())
                .isEqualTo(204);
    }

    @Test
    @DisplayName("§4 bulk delete on a read-only repository → 200 with a per-path 403 error")
    void bulkDeleteReportsPerPathErrors() throws ApiException {
        this.objects.uploadObject(this.repo, "main", "a").content(this.content).force(true).execute();
        List<ObjectError> errors = this.objects.deleteObjects(this.repo, "main", new PathList().paths(List.of("a")))
                .execute().getErrors();
        assertThat(errors).extracting(ObjectError::getStatusCode, ObjectError::getPath).containsExactly(tuple(403, "a"));
        assertThat(errors.get(0).getMessage()).isNotBlank();
        assertThat(this.objects.deleteObjects(this.repo, "main", new PathList().paths(List.of("a"))).force(true)
                .execute().getErrors()).isEmpty();
    }

    @Test
    @DisplayName("§4/§5.13 deleting a read-only repository → 403 without force, 204 with force")
    void deleteRepositoryNeedsForce() throws ApiException {
        failsWith(403, () -> this.repositories.deleteRepository(this.repo).execute());
        assertThat(this.repositories.deleteRepository(this.repo).force(true).executeWithHttpInfo().getStatusCode())
                .isEqualTo(204);
        failsWith(404, () -> this.repositories.getRepository(this.repo).execute());
    }

    @Test
    @DisplayName("§4 createBranch on a read-only repository → 403")
    void createBranchIsForbidden() {
        failsWith(403, () -> this.branches
                .createBranch(this.repo, new BranchCreation().name("feature").source("main")).execute());
    }

}
