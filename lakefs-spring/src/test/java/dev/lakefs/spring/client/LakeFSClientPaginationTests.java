package dev.lakefs.spring.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.spring.client.model.BranchCreation;
import dev.lakefs.spring.client.model.RefInfo;

import static org.assertj.core.api.Assertions.assertThat;

class LakeFSClientPaginationTests extends EmbeddedServerSupport {

    private static String repository;

    private static List<String> branches;

    private final LakeFSClient client = client();

    @BeforeAll
    static void createBranches() {
        LakeFSClient client = client();
        repository = newRepository(client);
        branches = new ArrayList<>(List.of("main"));
        IntStream.range(0, 24).mapToObj((i) -> String.format("b%02d", i)).forEach((name) -> {
            client.createBranch(repository, BranchCreation.of(name, "main")).block();
            branches.add(name);
        });
        branches.sort(null);
    }

    @Test
    void followsNextOffsetAcrossPages() {
        int before = listBranchRequests().size();
        List<String> listed = this.client.listBranches(repository, ListOptions.defaults().withPageSize(7), false)
            .map(RefInfo::id)
            .collectList()
            .block();
        assertThat(listed).containsExactlyElementsOf(branches);
        List<RecordedRequest> pages = listBranchRequests().subList(before, listBranchRequests().size());
        assertThat(pages).hasSize(4);
        assertThat(pages.get(0).query()).contains("amount=7").doesNotContain("after=");
        assertThat(pages.get(1).query()).contains("after=" + branches.get(6));
    }

    @Test
    void stopsAtTheCapWithoutFetchingFurtherPages() {
        int before = listBranchRequests().size();
        List<String> listed = this.client
            .listBranches(repository, ListOptions.defaults().withPageSize(5).withMax(8), false)
            .map(RefInfo::id)
            .collectList()
            .block();
        assertThat(listed).containsExactlyElementsOf(branches.subList(0, 8));
        assertThat(listBranchRequests().size() - before).isEqualTo(2);
    }

    @Test
    void fetchesOnlyWhatIsConsumed() {
        int before = listBranchRequests().size();
        RefInfo first = this.client.listBranches(repository, ListOptions.defaults().withPageSize(5), false)
            .blockFirst();
        assertThat(first.id()).isEqualTo(branches.get(0));
        assertThat(listBranchRequests().size() - before).isEqualTo(1);
    }

    @Test
    void aPrefetchingConsumerStillCausesOnlyTheRequestsItsEntriesNeed() {
        int before = listBranchRequests().size();
        Iterator<RefInfo> entries = this.client.listBranches(repository, ListOptions.defaults().withPageSize(10), false)
            .toIterable(10)
            .iterator();
        assertThat(entries.next().id()).isEqualTo(branches.get(0));
        assertThat(listBranchRequests().size() - before).isEqualTo(1);
        for (int i = 1; i < 11; i++) {
            entries.next();
        }
        assertThat(listBranchRequests().size() - before).isEqualTo(2);
    }

    @Test
    void anEmptyListingCompletesAfterOneRequest() {
        assertThat(this.client.listTags(repository, ListOptions.defaults()).collectList().block()).isEmpty();
    }

    @Test
    void startsAfterTheGivenKey() {
        List<String> listed = this.client
            .listBranches(repository, ListOptions.defaults().withAfter("b20").withPageSize(2), false)
            .map(RefInfo::id)
            .collectList()
            .block();
        assertThat(listed).containsExactly("b21", "b22", "b23", "main");
    }

    private List<RecordedRequest> listBranchRequests() {
        return requestsTo("listBranches").stream()
            .filter((request) -> request.path().contains("/" + repository + "/"))
            .toList();
    }

}
