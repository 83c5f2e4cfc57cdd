package dev.lakefs.spring.benchmarks.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.benchmarks.server.ServerProcess;
import org.jspecify.annotations.Nullable;

/**
 * Runs in the server's JVM: starts an embedded server, seeds a repository with a million small objects and another
 * with a thousand, then measures over HTTP (the JDK client, in the same JVM) the heap those objects take, what
 * 1,000 commits of 100 changes add to it, and how long a commit and a merge of 100 changes take on each repository.
 * <p>
 * Seeding: the objects are put into the server's in-memory storage through its Java API
 * ({@code EmbeddedStorage.put}, one small blob each) and imported into {@code main} through the import API, the
 * server's own path for bulk ingestion (a million uploads over HTTP would take the better part of an hour here).
 * Every change after that is a real upload over HTTP. Heap is {@code MemoryMXBean}'s used heap after full GCs.
 */
public final class TreeScaleProbe {

    private static final int LARGE = 1_000_000;

    private static final int SMALL = 1_000;

    private static final int CHANGES = 100;

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final EmbeddedLakeFS server;

    private final HttpClient http = HttpClient.newHttpClient();

    private final String authorization;

    private final Random random = new Random(15);

    private int uploads;

    private TreeScaleProbe(EmbeddedLakeFS server) {
        this.server = server;
        this.authorization = ServerProcess.basicAuthorization(server.accessKeyId(), server.secretAccessKey());
    }

    public static void main(String[] args) throws Exception {
        int commits = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000;
        int repetitions = (args.length > 1) ? Integer.parseInt(args[1]) : 9;
        try (EmbeddedLakeFS server = EmbeddedLakeFS.builder().port(0).build().start()) {
            new TreeScaleProbe(server).run(commits, repetitions);
        }
    }

    private void run(int commits, int repetitions) throws Exception {
        long empty = usedHeapAfterGc();
        long start = System.nanoTime();
        putBlobs("large", LARGE);
        long withBlobs = usedHeapAfterGc();
        importBlobs("large");
        long seeded = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "seeded %,d objects in %.1f s%n", LARGE, (System.nanoTime() - start) / 1e9);
        putBlobs("small", SMALL);
        importBlobs("small");

        for (int i = 0; i < 3; i++) {
            timeCommit("small", SMALL);
            timeCommit("large", LARGE);
            timeMerge("small", SMALL, "warm" + i);
            timeMerge("large", LARGE, "warm" + i);
        }
        List<Double> smallCommits = new ArrayList<>();
        List<Double> largeCommits = new ArrayList<>();
        List<Double> smallMerges = new ArrayList<>();
        List<Double> largeMerges = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            smallCommits.add(timeCommit("small", SMALL));
            largeCommits.add(timeCommit("large", LARGE));
            smallMerges.add(timeMerge("small", SMALL, "run" + i));
            largeMerges.add(timeMerge("large", LARGE, "run" + i));
        }

        long beforeHistory = usedHeapAfterGc();
        long historyStart = System.nanoTime();
        for (int i = 1; i <= commits; i++) {
            stageChanges("large", "main", LARGE);
            commit("large", "main");
            if (i % 100 == 0) {
                System.out.printf(Locale.ROOT, "%d commits of %d changes: %.1f s%n", i, CHANGES,
                        (System.nanoTime() - historyStart) / 1e9);
            }
        }
        long afterHistory = usedHeapAfterGc();

        double mib = 1024.0 * 1024.0;
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| heap of the empty server | %.0f MiB |%n", empty / mib);
        System.out.printf(Locale.ROOT, "| + 1M blobs in memory storage (%d bytes each) | +%.0f MiB (%d bytes per blob) |%n",
                content(0).length, (withBlobs - empty) / mib, (withBlobs - empty) / LARGE);
        System.out.printf(Locale.ROOT, "| + 1M objects committed on `main` (entries and tree) | +%.0f MiB (%d bytes per object) |%n",
                (seeded - withBlobs) / mib, (seeded - withBlobs) / LARGE);
        System.out.printf(Locale.ROOT, "| heap with 1M objects on a branch | %.0f MiB of 1024 |%n", seeded / mib);
        System.out.printf(Locale.ROOT, "| + %,d commits of %d changed objects (uploads) | +%.1f MiB (%d bytes per change) |%n",
                commits, CHANGES, (afterHistory - beforeHistory) / mib,
                (afterHistory - beforeHistory) / ((long) commits * CHANGES));
        System.out.printf(Locale.ROOT, "| commit of %d changes, 1k objects (median of %d) | %.2f ms |%n", CHANGES,
                repetitions, median(smallCommits));
        System.out.printf(Locale.ROOT, "| commit of %d changes, 1M objects (median of %d) | %.2f ms (%.2fx) |%n",
                CHANGES, repetitions, median(largeCommits), median(largeCommits) / median(smallCommits));
        System.out.printf(Locale.ROOT, "| merge of a branch with %d changes, 1k objects (median of %d) | %.2f ms |%n",
                CHANGES, repetitions, median(smallMerges));
        System.out.printf(Locale.ROOT, "| merge of a branch with %d changes, 1M objects (median of %d) | %.2f ms (%.2fx) |%n",
                CHANGES, repetitions, median(largeMerges), median(largeMerges) / median(smallMerges));
        System.out.printf(Locale.ROOT, "%ncommit times 1k %s%ncommit times 1M %s%nmerge times 1k %s%nmerge times 1M %s%n",
                smallCommits, largeCommits, smallMerges, largeMerges);
    }

    private void putBlobs(String repository, int count) {
        for (int i = 0; i < count; i++) {
            this.server.storage().put(source(repository) + path(i), content(i));
        }
    }

    private void importBlobs(String repository) throws IOException, InterruptedException {
        this.server.createRepository(repository, "main");
        String started = send("POST", "/repositories/" + repository + "/branches/main/import",
                "{\"paths\":[{\"type\":\"common_prefix\",\"path\":\"" + source(repository)
                        + "\",\"destination\":\"\"}],\"commit\":{\"message\":\"seed\"}}", 202);
        Matcher id = ID.matcher(started);
        if (!id.find()) {
            throw new IOException("No import id in " + started);
        }
        String status = "";
        while (!status.contains("\"completed\":true")) {
            Thread.sleep(500);
            status = send("GET", "/repositories/" + repository + "/branches/main/import?id=" + id.group(1), null, 200);
            if (status.contains("\"error\"")) {
                throw new IOException("Import failed: " + status);
            }
        }
    }

    private static String source(String repository) {
        return "mem://scale-seed/" + repository + "/";
    }

    private static String path(int index) {
        return String.format(Locale.ROOT, "data/part-%07d.csv", index);
    }

    private static byte[] content(int index) {
        return ("row," + index + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Stages {@value #CHANGES} new versions of existing objects, then times only the commit. */
    private double timeCommit(String repository, int objects) throws IOException, InterruptedException {
        stageChanges(repository, "main", objects);
        long start = System.nanoTime();
        commit(repository, "main");
        return (System.nanoTime() - start) / 1e6;
    }

    /** Branches from main, commits {@value #CHANGES} changes there, then times only the merge into main. */
    private double timeMerge(String repository, int objects, String name) throws IOException, InterruptedException {
        String branch = "feature-" + name;
        send("POST", "/repositories/" + repository + "/branches",
                "{\"name\":\"" + branch + "\",\"source\":\"main\"}", 201);
        stageChanges(repository, branch, objects);
        commit(repository, branch);
        long start = System.nanoTime();
        send("POST", "/repositories/" + repository + "/refs/" + branch + "/merge/main", "{}", 200);
        double millis = (System.nanoTime() - start) / 1e6;
        send("DELETE", "/repositories/" + repository + "/branches/" + branch, null, 204);
        return millis;
    }

    private void stageChanges(String repository, String branch, int objects) throws IOException, InterruptedException {
        for (int i = 0; i < CHANGES; i++) {
            String path = URLEncoder.encode(path(this.random.nextInt(objects)), StandardCharsets.UTF_8);
            HttpRequest upload = request("/repositories/" + repository + "/branches/" + branch + "/objects?path="
                    + path)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("changed " + (++this.uploads)))
                .build();
            expect(upload, 201);
        }
    }

    private void commit(String repository, String branch) throws IOException, InterruptedException {
        send("POST", "/repositories/" + repository + "/branches/" + branch + "/commits", "{\"message\":\"change\"}",
                201);
    }

    private String send(String method, String path, @Nullable String body, int status) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        request.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return expect(request.build(), status);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(this.server.endpoint() + path))
            .header("Authorization", this.authorization);
    }

    private String expect(HttpRequest request, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
