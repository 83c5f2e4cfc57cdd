package dev.lakefs.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent requests. The server serializes mutations per repository (a read-write lock): concurrent commits and
 * merges wait for each other instead of failing with lakeFS's "branch is currently locked".
 */
class ConcurrencyTests extends EmbeddedServerTestSupport {

    private static final int THREADS = 16;

    private static final int OBJECTS_PER_THREAD = 5;

    @Test
    @DisplayName("16 threads each branching, uploading, committing and merging into main: main ends with every object")
    void branchUploadCommitMerge() throws Exception {
        List<Integer> statuses = runConcurrently((worker) -> {
            List<Integer> results = new ArrayList<>();
            String branch = "worker-" + worker;
            results.add(this.http.createBranch(this.repository, branch, "main").status());
            for (int i = 0; i < OBJECTS_PER_THREAD; i++) {
                results.add(this.http.upload(this.repository, branch, branch + "/object-" + i, branch + i).status());
            }
            results.add(this.http.commit(this.repository, branch, "work of " + branch).status());
            results.add(this.http.post(repo("/refs/" + branch + "/merge/main"), "{}").status());
            return results;
        });
        assertThat(statuses).containsOnly(200, 201);
        Set<String> paths = listAll("main");
        assertThat(paths).hasSize(THREADS * OBJECTS_PER_THREAD);
        for (int worker = 0; worker < THREADS; worker++) {
            assertThat(paths).contains("worker-" + worker + "/object-0");
        }
        assertThat(this.http.read(this.repository, "main", "worker-7/object-3")).isEqualTo("worker-73");
        JsonNode log = this.http.get(repo("/refs/main/commits?amount=1000")).json().path("results");
        long merges = 0;
        for (JsonNode commit : log) {
            if (commit.path("parents").size() == 2) {
                merges++;
            }
        }
        assertThat(merges).isEqualTo(THREADS);
    }

    @Test
    @DisplayName("concurrent uploads to one branch all land in the staging area; one commit takes them all")
    void concurrentUploadsToOneBranch() throws Exception {
        List<Integer> statuses = runConcurrently((worker) -> List.of(
                this.http.upload(this.repository, "main", "shared/" + worker, "w" + worker).status()));
        assertThat(statuses).containsOnly(201);
        assertThat(this.http.commit(this.repository, "main", "all").status()).isEqualTo(201);
        assertThat(listAll("main")).hasSize(THREADS);
    }

    private List<Integer> runConcurrently(Worker worker) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int id = i;
                Callable<List<Integer>> task = () -> {
                    start.await();
                    return worker.run(id);
                };
                futures.add(executor.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> future : futures) {
                statuses.addAll(future.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        }
        finally {
            executor.shutdownNow();
        }
    }

    private Set<String> listAll(String ref) {
        Set<String> paths = new HashSet<>();
        String after = "";
        boolean more = true;
        while (more) {
            JsonNode page = this.http.get(repo("/refs/" + ref + "/objects/ls?amount=1000&after=" + after)).json();
            page.path("results").forEach(object -> paths.add(object.path("path").asString()));
            more = page.path("pagination").path("has_more").asBoolean();
            after = page.path("pagination").path("next_offset").asString();
        }
        return paths;
    }

    /** One thread's work; returns the statuses it saw. */
    @FunctionalInterface
    private interface Worker {

        List<Integer> run(int id) throws Exception;
    }
}
