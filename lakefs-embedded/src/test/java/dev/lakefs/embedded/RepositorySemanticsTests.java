package dev.lakefs.embedded;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Repositories, SEMANTICS.md §4 "Repositories" and §5.1. */
class RepositorySemanticsTests extends EmbeddedServerTestSupport {

    @Test
    @DisplayName("§5.1 creation makes commit #1 'Repository created' with no parents, committer \"\", generation 1, empty metarange")
    void creationMakesTheFirstCommit() {
        LakeFSHttp.Response created = this.http.createRepository("first-commit-repo");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("default_branch").asString()).isEqualTo("main");
        assertThat(created.json().path("creation_date").asLong()).isPositive();
        JsonNode log = this.http.get("/repositories/first-commit-repo/refs/main/commits").json().path("results");
        assertThat(log.size()).isEqualTo(1);
        JsonNode first = log.get(0);
        assertThat(first.path("message").asString()).isEqualTo("Repository created");
        assertThat(first.path("parents").size()).isZero();
        assertThat(first.path("committer").asString()).isEmpty();
        assertThat(first.path("generation").asLong()).isEqualTo(1);
        assertThat(first.path("meta_range_id").asString()).isEmpty();
        assertThat(first.path("id").asString()).matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName("§5.2 repository names must match ^[a-z0-9][a-z0-9-]{2,62}$ (400)")
    void invalidNameIsBadRequest() {
        for (String name : List.of("ab", "-abc", "Upper", "with_underscore", "a".repeat(64))) {
            LakeFSHttp.Response response = this.http.post("/repositories",
                    "{\"name\":\"" + name + "\",\"storage_namespace\":\"mem://b/" + name + "\"}");
            assertThat(response.status()).as(name).isEqualTo(400);
            assertThat(response.message()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("§4 a storage namespace must match the spec's scheme pattern (400)")
    void invalidNamespaceIsBadRequest() {
        LakeFSHttp.Response response = this.http.post("/repositories",
                "{\"name\":\"bad-namespace\",\"storage_namespace\":\"ftp://nowhere\"}");
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§5.1 a duplicate repository name is 409")
    void duplicateIsConflict() {
        assertThat(this.http.createRepository("dup-repo").status()).isEqualTo(201);
        assertThat(this.http.createRepository("dup-repo").status()).isEqualTo(409);
    }

    @Test
    @DisplayName("§5.1 a storage namespace already used by a repository is 400, even after it was deleted")
    void reusedNamespaceIsBadRequest() {
        String body = "{\"name\":\"%s\",\"storage_namespace\":\"mem://reuse/ns\"}";
        assertThat(this.http.post("/repositories", body.formatted("reuse-one")).status()).isEqualTo(201);
        LakeFSHttp.Response second = this.http.post("/repositories", body.formatted("reuse-two"));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.message()).contains("already in use");
        assertThat(this.http.delete("/repositories/reuse-one").status()).isEqualTo(204);
        assertThat(this.http.post("/repositories", body.formatted("reuse-three")).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§4 bare=true creates no commit and no branch")
    void bareRepositoryHasNoBranch() {
        LakeFSHttp.Response created = this.http.post("/repositories?bare=true",
                "{\"name\":\"bare-repo\",\"storage_namespace\":\"mem://b/bare\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode branches = this.http.get("/repositories/bare-repo/branches").json();
        assertThat(branches.path("results").size()).isZero();
    }

    @Test
    @DisplayName("§4 a custom default branch is created and reported")
    void customDefaultBranch() {
        LakeFSHttp.Response created = this.http.post("/repositories",
                "{\"name\":\"custom-default\",\"storage_namespace\":\"mem://b/custom\",\"default_branch\":\"trunk\"}");
        assertThat(created.json().path("default_branch").asString()).isEqualTo("trunk");
        assertThat(this.http.get("/repositories/custom-default/branches/trunk").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("§6.8 sample_data fills the default branch")
    void sampleDataFillsMain() {
        this.http.post("/repositories",
                "{\"name\":\"sample-repo\",\"storage_namespace\":\"mem://b/sample\",\"sample_data\":true}");
        JsonNode objects = this.http.get("/repositories/sample-repo/refs/main/objects/ls").json();
        assertThat(objects.path("results").size()).isPositive();
    }

    @Test
    @DisplayName("§3/§6.8 repositories list sorted and paged with after/next_offset, max_per_page 1000")
    void listPagesWithAfter() {
        for (String name : List.of("page-c", "page-a", "page-b")) {
            this.http.createRepository(name);
        }
        List<String> seen = new ArrayList<>();
        String after = "";
        boolean hasMore = true;
        while (hasMore) {
            JsonNode page = this.http.get("/repositories?prefix=page-&amount=2&after=" + after).json();
            page.path("results").forEach(repository -> seen.add(repository.path("id").asString()));
            JsonNode pagination = page.path("pagination");
            assertThat(pagination.path("max_per_page").asInt()).isEqualTo(1000);
            assertThat(pagination.path("results").asInt()).isEqualTo(page.path("results").size());
            hasMore = pagination.path("has_more").asBoolean();
            after = pagination.path("next_offset").asString();
            if (!hasMore) {
                assertThat(after).isEmpty();
            }
        }
        assertThat(seen).containsExactly("page-a", "page-b", "page-c");
    }

    @Test
    @DisplayName("§3 amount -1 and 0 mean 100")
    void amountMinusOneMeansDefault() {
        JsonNode page = this.http.get("/repositories?amount=-1").json();
        assertThat(page.path("pagination").path("has_more").asBoolean()).isFalse();
        assertThat(this.http.get("/repositories?amount=0").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("§1 amount > 1000 is a validation error (400)")
    void amountOverMaximumIsBadRequest() {
        LakeFSHttp.Response response = this.http.get("/repositories?amount=1001");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains("amount");
    }

    @Test
    @DisplayName("§4 get: 200, 404 when missing, 400 for an invalid name; delete: 204 then 404")
    void getAndDelete() {
        assertThat(this.http.get(repo("")).json().path("id").asString()).isEqualTo(this.repository);
        assertThat(this.http.get("/repositories/no-such-repo").status()).isEqualTo(404);
        assertThat(this.http.get("/repositories/No_Such").status()).isEqualTo(400);
        assertThat(this.http.delete(repo("")).status()).isEqualTo(204);
        assertThat(this.http.get(repo("")).status()).isEqualTo(404);
        assertThat(this.http.delete(repo("")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§5.13 a read-only repository rejects writes with 403 unless forced")
    void readOnlyRepositoryNeedsForce() {
        this.http.post("/repositories",
                "{\"name\":\"read-only-repo\",\"storage_namespace\":\"mem://b/ro\",\"read_only\":true}");
        String objects = "/repositories/read-only-repo/branches/main/objects?path=f";
        assertThat(this.http.call("POST", objects).body("x".getBytes(), "text/plain").send().status())
            .isEqualTo(403);
        assertThat(this.http.call("POST", objects + "&force=true").body("x".getBytes(), "text/plain").send().status())
            .isEqualTo(201);
        assertThat(this.http.commit("read-only-repo", "main", "c").status()).isEqualTo(403);
        assertThat(this.http.post("/repositories/read-only-repo/branches/main/commits",
                "{\"message\":\"c\",\"force\":true}").status()).isEqualTo(201);
        LakeFSHttp.Response bulk = this.http.post("/repositories/read-only-repo/branches/main/objects/delete",
                "{\"paths\":[\"f\"]}");
        assertThat(bulk.status()).as("bulk delete reports per path").isEqualTo(200);
        assertThat(bulk.json().path("errors").get(0).path("status_code").asInt()).isEqualTo(403);
        assertThat(bulk.json().path("errors").get(0).path("path").asString()).isEqualTo("f");
        assertThat(this.http.delete(objects).status()).isEqualTo(403);
        assertThat(this.http.delete(objects + "&force=true").status()).isEqualTo(204);
    }

    @Test
    @DisplayName("§4 repository metadata can be set, read and deleted; imports add .lakefs.last.import.timestamp")
    void repositoryMetadata() {
        assertThat(this.http.post(repo("/metadata"), "{\"metadata\":{\"team\":\"data\",\"tier\":\"gold\"}}").status())
            .isEqualTo(204);
        assertThat(this.http.get(repo("/metadata")).json().path("team").asString()).isEqualTo("data");
        assertThat(this.http.call("DELETE", repo("/metadata")).json("{\"keys\":[\"tier\"]}").send().status())
            .isEqualTo(204);
        JsonNode metadata = this.http.get(repo("/metadata")).json();
        assertThat(metadata.has("tier")).isFalse();
        assertThat(metadata.has("team")).isTrue();
    }
}
