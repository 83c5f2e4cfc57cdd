package dev.lakefs.spring;

import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.LogOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.PathType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listings fetch pages as the iteration reaches them, following lakeFS's {@code next_offset}, and never more.
 */
class LazyListingTests extends AbstractEmbeddedLakeFSTests {

    private static Repository repo;

    @BeforeAll
    static void createBranches() {
        repo = newRepository();
        IntStream.range(0, 25).forEach((i) -> repo.branch(String.format("b%02d", i)).create("main"));
    }

    @Test
    void nothingIsRequestedUntilIterationStarts() {
        int before = requestsFor("listBranches").size();
        Listing<Branch> branches = repo.branches(ListOptions.defaults().withPageSize(10));
        assertThat(requestsFor("listBranches")).hasSize(before);
        assertThat(branches.iterator().next().id()).isEqualTo("b00");
        assertThat(requestsFor("listBranches")).hasSize(before + 1);
    }

    @Test
    void iteratingToTheEndFollowsEveryPage() {
        int before = requestsFor("listBranches").size();
        List<String> ids = repo.branches(ListOptions.defaults().withPageSize(10)).stream().map(Branch::id).toList();

        assertThat(ids).hasSize(26).startsWith("b00", "b01").endsWith("b24", "main").isSorted();
        // 26 branches in pages of 10: three pages, the last one saying has_more=false
        assertThat(requestsFor("listBranches")).hasSize(before + 3);
        assertThat(requestsFor("listBranches").get(before + 1).query()).contains("after=b09");
        assertThat(requestsFor("listBranches").get(before + 2).query()).contains("after=b19");
    }

    @Test
    void stoppingEarlyFetchesNoFurtherPages() {
        int before = requestsFor("listBranches").size();
        try (Stream<Branch> branches = repo.branches(ListOptions.defaults().withPageSize(10)).stream()) {
            assertThat(branches.limit(3).map(Branch::id)).containsExactly("b00", "b01", "b02");
        }
        assertThat(requestsFor("listBranches")).hasSize(before + 1);

        Iterator<Branch> iterator = repo.branches(ListOptions.defaults().withPageSize(10)).iterator();
        for (int i = 0; i < 5; i++) {
            iterator.next();
        }
        assertThat(requestsFor("listBranches")).hasSize(before + 2);
    }

    @Test
    void aBlockingIterationTakesTheRestOfAPageOnItsOwnThread() {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = repo.branches(ListOptions.defaults().withPageSize(10))
            .map((branch) -> Thread.currentThread() == caller)
            .toList();

        assertThat(onCaller).hasSize(26);
        // Per page, the event loop emits the entry the caller waits for, and one more at most when the caller asks
        // while it is still emitting; the caller emits the rest itself instead of being woken for each one.
        assertThat(onCaller.stream().filter((mine) -> !mine).count()).isLessThanOrEqualTo(6);
    }

    @Test
    void anObjectListingIsPolledPageByPageAndStillLazy() {
        // object listings are not mapped, so a blocking iteration fuses with the client and polls their pages
        Branch main = newRepository().branch("main");
        for (int i = 0; i < 25; i++) {
            main.object(String.format("o%02d", i)).upload("object " + i);
        }
        int before = requestsFor("listObjects").size();
        Listing<ObjectStats> objects = main.objects(ListOptions.defaults().withPageSize(10));
        Iterator<ObjectStats> iterator = objects.iterator();
        assertThat(requestsFor("listObjects")).hasSize(before);
        for (int i = 0; i < 10; i++) {
            assertThat(iterator.next().path()).isEqualTo(String.format("o%02d", i));
        }
        assertThat(requestsFor("listObjects")).hasSize(before + 1);
        assertThat(iterator.hasNext()).isTrue();
        assertThat(requestsFor("listObjects")).hasSize(before + 2);
        assertThat(requestsFor("listObjects").get(before + 1).query()).contains("after=o09");

        assertThat(objects.stream().map(ObjectStats::path)).hasSize(25).endsWith("o24").isSorted();
        assertThat(requestsFor("listObjects")).hasSize(before + 5);
        try (Stream<ObjectStats> firstThree = objects.stream()) {
            assertThat(firstThree.limit(3).map(ObjectStats::path)).containsExactly("o00", "o01", "o02");
        }
        assertThat(main.objects(ListOptions.defaults().withPageSize(10).withMax(15)).toList()).hasSize(15)
            .last().extracting(ObjectStats::path).isEqualTo("o14");
        assertThat(main.objects(ListOptions.defaults().withPageSize(10).withMax(20)).toList()).hasSize(20);
        // 3 pages for the whole listing, 1 for the first three, 2 for fifteen, 2 for twenty (a full last page)
        assertThat(requestsFor("listObjects")).hasSize(before + 2 + 3 + 1 + 2 + 2);
    }

    @Test
    void maxCapsTheListing() {
        List<Branch> firstFifteen = repo.branches(ListOptions.defaults().withPageSize(10).withMax(15)).toList();
        assertThat(firstFifteen).hasSize(15).last().extracting(Branch::id).isEqualTo("b14");
    }

    @Test
    void prefixAndAfterNarrowTheListing() {
        assertThat(repo.branches(ListOptions.prefixed("b1")).stream().map(Branch::id)).hasSize(10)
            .allMatch((id) -> id.startsWith("b1"));
        assertThat(repo.branches(ListOptions.defaults().withAfter("b22")).stream().map(Branch::id))
            .containsExactly("b23", "b24", "main");
    }

    @Test
    void aListingCanBeIteratedAgainAndStartsOver() {
        Listing<Branch> branches = repo.branches(ListOptions.defaults().withPageSize(10).withMax(2));
        assertThat(branches.stream().map(Branch::id)).containsExactly("b00", "b01");
        assertThat(branches.stream().map(Branch::id)).containsExactly("b00", "b01");
        assertThat(branches.first()).map(Branch::id).hasValue("b00");
    }

    @Test
    void objectsAndUncommittedChangesPageToo() {
        Branch main = newRepository().branch("main");
        for (int i = 0; i < 12; i++) {
            main.object(String.format("dir%d/file%02d.txt", i % 2, i)).upload("content " + i);
        }
        int before = requestsFor("diffBranch").size();
        assertThat(main.uncommitted(ListOptions.defaults().withPageSize(5))).hasSize(12);
        assertThat(requestsFor("diffBranch")).hasSize(before + 3);

        main.commit("twelve files");
        assertThat(main.objects(ListOptions.defaults().withPageSize(5)).stream().map(ObjectStats::path)).hasSize(12)
            .isSorted();
        List<ObjectStats> directories = main.objects("", "/").toList();
        assertThat(directories).extracting(ObjectStats::path).containsExactly("dir0/", "dir1/");
        assertThat(directories).extracting(ObjectStats::pathType).containsOnly(PathType.COMMON_PREFIX);
    }

    @Test
    void theLogIsNewestFirstAndLazy() {
        Branch main = newRepository().branch("main");
        for (int i = 0; i < 5; i++) {
            main.object("file").upload("version " + i);
            main.commit("commit " + i);
        }
        List<Commit> log = main.log(LogOptions.defaults().withPageSize(2)).toList();
        assertThat(log).extracting(Commit::message).containsExactly("commit 4", "commit 3", "commit 2", "commit 1",
                "commit 0", "Repository created");
        assertThat(main.log(LogOptions.defaults().withMax(2))).extracting(Commit::message)
            .containsExactly("commit 4", "commit 3");
    }
}
