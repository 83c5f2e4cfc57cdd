package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.ImportCreation;
import io.lakefs.clients.sdk.model.ImportLocation;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.Pagination;
import io.lakefs.clients.sdk.model.Ref;
import io.lakefs.clients.sdk.model.Repository;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §3 Pagination across several pages, followed the way lakeFS's own esti helpers do: {@code after = next_offset}
 * while {@code has_more}.
 */
class PaginationConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§3 repositories page by id with after = next_offset")
    void repositoriesAcrossPages() throws ApiException {
        String prefix = uniqueName("page");
        List<String> expected = IntStream.rangeClosed(1, 5).mapToObj(i -> prefix + "-" + i).toList();
        for (int i : new int[] { 3, 5, 1, 4, 2 }) {
            createRepository(prefix + "-" + i);
        }
        List<String> seen = collect(2, after -> {
            var list = this.repositories.listRepositories().prefix(prefix).amount(2).after(after).execute();
            return new Page(list.getResults().stream().map(Repository::getId).toList(), list.getPagination());
        });
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("§3 branches page by id with after = next_offset")
    void branchesAcrossPages() throws ApiException {
        for (String name : List.of("b5", "b3", "b1", "b4", "b2")) {
            createBranch(name, "main");
        }
        List<String> seen = collect(2, after -> {
            var list = this.branches.listBranches(this.repo).amount(2).after(after).execute();
            return new Page(list.getResults().stream().map(Ref::getId).toList(), list.getPagination());
        });
        assertThat(seen).containsExactly("b1", "b2", "b3", "b4", "b5", "main");
    }

    @Test
    @DisplayName("§3 tags page by id with after = next_offset")
    void tagsAcrossPages() throws ApiException {
        for (String id : List.of("t4", "t2", "t5", "t1", "t3")) {
            this.tags.createTag(this.repo, new TagCreation().id(id).ref("main")).execute();
        }
        List<String> seen = collect(2, after -> {
            var list = this.tags.listTags(this.repo).amount(2).after(after).execute();
            return new Page(list.getResults().stream().map(Ref::getId).toList(), list.getPagination());
        });
        assertThat(seen).containsExactly("t1", "t2", "t3", "t4", "t5");
    }

    @Test
    @DisplayName("§3 objects page by path with after = next_offset (recursive listing)")
    void objectsAcrossPages() throws ApiException {
        List<String> paths = List.of("a", "b/1", "b/2", "c", "d/e/f", "g", "h");
        for (String path : List.of("h", "c", "b/2", "a", "g", "d/e/f", "b/1")) {
            upload("main", path, path);
        }
        List<String> seen = collect(3, after -> {
            var list = this.objects.listObjects(this.repo, "main").amount(3).after(after).execute();
            return new Page(list.getResults().stream().map(ObjectStats::getPath).toList(), list.getPagination());
        });
        assertThat(seen).containsExactlyElementsOf(paths);
    }

    @Test
    @DisplayName("§3 commits page newest first with after = next_offset (a commit id)")
    void commitsAcrossPages() throws ApiException {
        List<String> expected = new ArrayList<>();
        expected.add(headOf("main"));
        for (int i = 1; i <= 6; i++) {
            upload("main", "f" + i, "v" + i);
            expected.add(0, commit("main", "c" + i).getId());
        }
        List<String> seen = collect(3, after -> {
            var list = this.refs.logCommits(this.repo, "main").amount(3).after(after).execute();
            return new Page(list.getResults().stream().map(Commit::getId).toList(), list.getPagination());
        });
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("§3 amount missing, 0 or -1 means 100 (not 'all'); amount=1000 is accepted")
    void amountNormalisation() throws Exception {
        placeObjectsByImport(101);
        for (Integer amount : new Integer[] { null, 0, -1 }) {
            var list = this.objects.listObjects(this.repo, "main").amount(amount).execute();
            assertThat(list.getResults()).as("amount=%s", amount).hasSize(100);
            assertThat(list.getPagination().getHasMore()).isTrue();
            assertThat(list.getPagination().getNextOffset()).isEqualTo("o099");
        }
        var all = this.objects.listObjects(this.repo, "main").amount(1000).execute();
        assertThat(all.getResults()).hasSize(101);
        assertThat(all.getPagination().getHasMore()).isFalse();
    }

    @Test
    @DisplayName("§3 prefix filters branch, tag and object listings; after is exclusive")
    void prefixAndExclusiveAfter() throws ApiException {
        for (String name : List.of("feature-a", "feature-b", "fix-c")) {
            createBranch(name, "main");
            this.tags.createTag(this.repo, new TagCreation().id("tag-" + name).ref("main")).execute();
            upload("main", "dir/" + name, name);
        }
        assertThat(this.branches.listBranches(this.repo).prefix("feature-").execute().getResults())
                .extracting(Ref::getId).containsExactly("feature-a", "feature-b");
        assertThat(this.tags.listTags(this.repo).prefix("tag-fi").execute().getResults()).extracting(Ref::getId)
                .containsExactly("tag-fix-c");
        assertThat(this.branches.listBranches(this.repo).after("feature-b").execute().getResults())
                .extracting(Ref::getId).containsExactly("fix-c", "main");
        assertThat(this.objects.listObjects(this.repo, "main").prefix("dir/f").after("dir/feature-a").execute()
                .getResults()).extracting(ObjectStats::getPath).containsExactly("dir/feature-b", "dir/fix-c");
    }

    /**
     * Puts {@code count} objects {@code o000…} on main with one import from the server's storage instead of
     * {@code count} uploads, to keep the suite fast.
     */
    private void placeObjectsByImport(int count) throws Exception {
        String source = "mem://pagination-source/" + this.repo + "/";
        for (int i = 0; i < count; i++) {
            this.server.storage().put(source + String.format("o%03d", i), new byte[] { (byte) i });
        }
        String id = this.imports.importStart(this.repo, "main", new ImportCreation()
                .addPathsItem(new ImportLocation().type(ImportLocation.TypeEnum.COMMON_PREFIX).path(source).destination(""))
                .commit(new CommitCreation().message("objects to page through"))).execute().getId();
        assertThat(ImportAwait.completed(this.imports, this.repo, "main", id).getIngestedObjects()).isEqualTo(count);
    }

    /**
     * Follows pages from {@code after = ""} and checks every page's {@code Pagination} (§3: all fields present,
     * {@code results} = count on the page, {@code max_per_page} = 1000, {@code next_offset} = the last key when
     * {@code has_more}, else {@code ""}).
     */
    private static List<String> collect(int amount, PageFetcher fetcher) throws ApiException {
        List<String> keys = new ArrayList<>();
        String after = "";
        int pages = 0;
        while (true) {
            Page page = fetcher.fetch(after);
            pages++;
            Pagination pagination = page.pagination();
            assertThat(pagination.getResults()).isEqualTo(page.keys().size());
            assertThat(pagination.getMaxPerPage()).isEqualTo(1000);
            keys.addAll(page.keys());
            if (!pagination.getHasMore()) {
                assertThat(pagination.getNextOffset()).isEmpty();
                assertThat(page.keys().size()).isLessThanOrEqualTo(amount);
                break;
            }
            assertThat(page.keys()).hasSize(amount);
            assertThat(pagination.getNextOffset()).isEqualTo(page.keys().get(page.keys().size() - 1));
            after = pagination.getNextOffset();
            assertThat(pages).as("runaway pagination").isLessThan(50);
        }
        assertThat(pages).as("the listing spans several pages").isGreaterThan(1);
        return keys;
    }

    private record Page(List<String> keys, Pagination pagination) {
    }

    @FunctionalInterface
    private interface PageFetcher {

        Page fetch(String after) throws ApiException;

    }

}
