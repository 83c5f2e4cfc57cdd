package dev.lakefs.embedded;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Tags, SEMANTICS.md §4 "Tags" and §5.2. */
class TagTests extends EmbeddedServerTestSupport {

    @Test
    @DisplayName("§4 createTag answers 201 Ref; get, list and delete follow; a missing tag is 404")
    void lifecycle() {
        String head = this.http.get(repo("/branches/main")).json().path("commit_id").asString();
        LakeFSHttp.Response created = this.http.post(repo("/tags"), "{\"id\":\"v1.0\",\"ref\":\"main\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("id").asString()).isEqualTo("v1.0");
        assertThat(created.json().path("commit_id").asString()).isEqualTo(head);
        assertThat(this.http.get(repo("/tags/v1.0")).json().path("commit_id").asString()).isEqualTo(head);
        JsonNode list = this.http.get(repo("/tags")).json();
        assertThat(list.path("results").get(0).path("id").asString()).isEqualTo("v1.0");
        assertThat(this.http.delete(repo("/tags/v1.0")).status()).isEqualTo(204);
        assertThat(this.http.get(repo("/tags/v1.0")).status()).isEqualTo(404);
        assertThat(this.http.delete(repo("/tags/v1.0")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§4 a tag name clash is 409 and force does not overwrite; an unknown ref is 404")
    void clashes() {
        this.http.post(repo("/tags"), "{\"id\":\"v1\",\"ref\":\"main\"}");
        assertThat(this.http.post(repo("/tags"), "{\"id\":\"v1\",\"ref\":\"main\"}").status()).isEqualTo(409);
        assertThat(this.http.post(repo("/tags"), "{\"id\":\"v1\",\"ref\":\"main\",\"force\":true}").status())
            .isEqualTo(409);
        assertThat(this.http.post(repo("/tags"), "{\"id\":\"main\",\"ref\":\"main\"}").status()).isEqualTo(409);
        assertThat(this.http.post(repo("/tags"), "{\"id\":\"v2\",\"ref\":\"nowhere\"}").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§5.2 tag names are git-like: no '..', '/', spaces or trailing '.lock'")
    void invalidNames() {
        for (String name : new String[] { "a..b", "a/b", "a b", "x.lock", "@", "a:b" }) {
            assertThat(this.http.post(repo("/tags"), "{\"id\":\"" + name + "\",\"ref\":\"main\"}").status()).as(name)
                .isEqualTo(400);
        }
        assertThat(this.http.post(repo("/tags"), "{\"id\":\"release~1\",\"ref\":\"main\"}").status()).isEqualTo(201);
    }

    @Test
    @DisplayName("§5.9 a tag resolves as a ref and keeps pointing at its commit")
    void tagAsRef() {
        this.http.upload(this.repository, "main", "a", "tagged");
        this.http.commit(this.repository, "main", "c");
        this.http.post(repo("/tags"), "{\"id\":\"v1\",\"ref\":\"main\"}");
        this.http.upload(this.repository, "main", "a", "later");
        this.http.commit(this.repository, "main", "c2");
        assertThat(this.http.read(this.repository, "v1", "a")).isEqualTo("tagged");
    }
}
