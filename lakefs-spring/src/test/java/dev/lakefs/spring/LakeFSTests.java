package dev.lakefs.spring;

import java.util.List;

import dev.lakefs.spring.client.ListOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry point: server information, options, repository listings and handles.
 */
class LakeFSTests extends AbstractEmbeddedLakeFSTests {

    @Test
    void reportsTheServersVersionAndStorage() {
        assertThat(lakeFS.serverVersion()).isNotBlank().isNotEqualTo("unknown");
        assertThat(lakeFS.config().storageConfig()).isNotNull();
        assertThat(lakeFS.config().storageConfig().blockstoreType()).isEqualTo("mem");
    }

    @Test
    void withOptionsKeepsTheClient() {
        LakeFS other = lakeFS.withOptions(lakeFS.options().withSpoolThreshold(1024));
        assertThat(other.client()).isSameAs(lakeFS.client());
        assertThat(other.options().spoolThreshold()).isEqualTo(1024);
        assertThat(other.options().preSign()).isEqualTo(lakeFS.options().preSign());
        assertThat(other.repository("some-repo")).isEqualTo(lakeFS.repository("some-repo"));
    }

    @Test
    void listsRepositoriesWithTheirProperties() {
        Repository first = newRepository();
        Repository second = newRepository();
        int before = requestsFor("getRepository").size();

        List<Repository> listed = lakeFS.repositories(ListOptions.defaults().withPageSize(1)).stream()
            .filter((repository) -> repository.equals(first) || repository.equals(second))
            .toList();

        assertThat(listed).containsExactly(first, second);
        // the listing already carried the properties
        assertThat(listed.get(0).properties().storageNamespace()).isEqualTo("mem://bucket/" + first.id());
        assertThat(listed.get(0).toString()).contains("id=" + first.id(), "defaultBranch=main");
        assertThat(requestsFor("getRepository")).hasSize(before);
    }

    @Test
    void handlesPrintAsLakeFSUris() {
        Repository repo = lakeFS.repository("example-repo");
        assertThat(repo.branch("main")).hasToString("lakefs://example-repo/main");
        assertThat(repo.ref("main~1").object("a/b.csv")).hasToString("lakefs://example-repo/main~1/a/b.csv");
        assertThat(repo.tag("v1").object("x").ref()).isEqualTo(repo.tag("v1"));
    }
}
