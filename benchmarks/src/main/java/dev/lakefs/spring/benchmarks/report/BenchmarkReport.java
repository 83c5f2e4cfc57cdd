package dev.lakefs.spring.benchmarks.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import dev.lakefs.spring.benchmarks.concurrency.ConcurrentCallersBenchmark;
import dev.lakefs.spring.benchmarks.contenders.Contender;
import dev.lakefs.spring.benchmarks.gateway.Route;
import dev.lakefs.spring.benchmarks.gateway.S3GatewayTransferBenchmark;
import dev.lakefs.spring.benchmarks.small.SmallOperationsBenchmark;
import dev.lakefs.spring.benchmarks.transaction.TransactionBenchmark;
import dev.lakefs.spring.benchmarks.transfer.LargeTransferBenchmark;
import org.jspecify.annotations.Nullable;

/**
 * The results page, {@code docs/benchmarks.md}: one table per benchmark with ratios against the raw JDK
 * {@code HttpClient} and {@code io.lakefs:sdk}, and the targets the project set itself, met or not.
 */
public final class BenchmarkReport {

    private static final List<Operation> SMALL_OPERATIONS = List.of(new Operation("statObject", "stat object"),
            new Operation("getBranch", "get branch"), new Operation("listObjects", "list 100 objects"),
            new Operation("uploadObject", "upload 1 KiB"));

    private static final List<Operation> TRANSFERS = List.of(new Operation("upload", "upload"),
            new Operation("download", "download"));

    private static final List<Operation> TRANSACTIONS = List.of(new Operation("manual", "five calls by hand"),
            new Operation("annotated", "`@LakeFSTransactional` method"),
            new Operation("transactCallback", "`branch.transact(...)`"));

    private final List<Measurement> measurements;

    private final Environment environment;

    /**
     * Creates the report.
     * @param measurements the results of the run
     * @param environment where it ran
     */
    public BenchmarkReport(List<Measurement> measurements, Environment environment) {
        this.measurements = List.copyOf(measurements);
        this.environment = environment;
    }

    /**
     * The whole page.
     * @return Markdown
     */
    public String page() {
        StringBuilder page = new StringBuilder("# Benchmarks\n\n");
        page.append("<!-- Written by benchmarks/run from the run's results: do not edit; run it again. -->\n\n");
        page.append(environmentText()).append('\n');
        section(page, "Targets", "Each ratio compares medians (or throughputs) taken in the same run.", targets());
        section(page, "Small operations, one caller", """
                Latency of one call, in microseconds (JMH sample time). Ratios divide the contender's median by \
                the raw JDK `HttpClient`'s and by `io.lakefs:sdk`'s: below 1 is faster. Client CPU is the client \
                process's CPU time (all threads) per call.""", smallOperations());
        section(page, "Large transfers, client heap capped at " + LargeTransferBenchmark.HEAP_LIMIT_MIB + " MiB",
                """
                Throughput in MiB/s of one streamed upload (from a file) or download (discarded as it arrives). \
                Ratios divide the contender's throughput by the raw `HttpClient`'s and by the SDK's: above 1 is \
                faster. Peak RSS is the client JVM's resident set high-water mark (`VmHWM`) over the whole trial.""",
                transfers());
        section(page, "The S3 gateway beside the REST API, " + S3GatewayTransferBenchmark.OBJECT_MIB + " MiB, client heap "
                + LargeTransferBenchmark.HEAP_LIMIT_MIB + " MiB", """
                The same streamed transfers through lakeFS's S3 gateway with the lakeFS S3 client (the AWS SDK for \
                Java v2 as `lakeFSS3Client` is set up: path-style, checksums when required, the Apache 5 HTTP \
                client; over plain HTTP it signs every 128 KiB chunk) and through the REST API with `LakeFS`. \
                The ratio divides the route's throughput by the REST path's: above 1 is faster.""",
                gatewayTransfers());
        section(page, ConcurrentCallersBenchmark.CALLERS + " concurrent callers, mixed small operations", """
                Every caller shares one client and calls without pause, cycling through stat, get branch, list 100 \
                and upload 1 KiB. Throughput is callers / mean latency (a closed system). Ratios divide by the raw \
                `HttpClient`'s figures.""", concurrency());
        section(page, "A transaction with one small write", """
                All three use the blocking `LakeFS` API against the same server. The ratio divides each median by \
                that of the five calls made by hand (create branch, upload, commit, merge, delete branch).""",
                transactions());
        page.append(method());
        return page.toString();
    }

    /**
     * The headline the README shows: the targets table and a link to the page.
     * @return Markdown
     */
    public String headline() {
        return "Measured on " + this.environment.date() + " (" + this.environment.cores() + " cores, "
                + this.environment.jdk() + "), all in one run of `" + this.environment.command() + "`:\n\n"
                + targets() + "\nEvery table, and how it was measured: [docs/benchmarks.md](docs/benchmarks.md).\n";
    }

    private String environmentText() {
        Environment env = this.environment;
        String forks = (env.rounds() == 1) ? "one fork per benchmark and contender"
                : "one fork per benchmark and contender per round; small operations, concurrent callers, transactions and the S3 gateway "
                        + "transfers ran in "
                        + env.rounds() + " rounds, their forks pooled";
        return """
                Produced by `%s` on %s.

                - Machine: %s, %d cores seen by the JVM, %d GiB of memory; %s.
                - JDK: %s. JMH 1.37, %s.
                - Server: the embedded lakeFS server in a JVM of its own (`-Xmx1g`), started fresh for every trial, \
                on loopback, sharing the machine's cores with the client.
                """.formatted(env.command(), env.date(), env.cpu(), env.cores(), env.memoryGiB(), env.os(), env.jdk(),
                forks) + stolenCpuText();
    }

    /** How much CPU time the hypervisor took away while the trials were measured: the main source of noise. */
    private String stolenCpuText() {
        List<Measurement> measured = this.measurements.stream()
            .filter((m) -> m.secondary(ClientResourcesProfiler.STOLEN_CPU).isPresent())
            .toList();
        if (measured.isEmpty()) {
            return "";
        }
        ToDoubleFunction<Measurement> stolen = (m) -> m.secondary(ClientResourcesProfiler.STOLEN_CPU).orElseThrow();
        double average = measured.stream().mapToDouble(stolen).average().orElseThrow();
        Measurement worst = measured.stream().max(Comparator.comparingDouble(stolen)).orElseThrow();
        String contender = worst.param("contender");
        String trial = worst.benchmark() + "." + worst.method() + (contender.isEmpty() ? "" : ", " + contender);
        return ("- CPU time stolen by the hypervisor (Linux `steal`) while trials were measured: %s %% on average, "
                + "%s %% in the worst trial (%s). A trial measured while more was stolen is slower; that is why the "
                + "ratios pool rounds run minutes apart.\n")
            .formatted(number(average), number(stolen.applyAsDouble(worst)), trial);
    }

    private static void section(StringBuilder page, String title, String introduction, MarkdownTable table) {
        if (!table.isEmpty()) {
            page.append("\n## ").append(title).append("\n\n").append(introduction).append("\n\n").append(table);
        }
    }

    MarkdownTable targets() {
        MarkdownTable table = new MarkdownTable("Target", "Measured", "Met");
        worstRatio(SmallOperationsBenchmark.class, SMALL_OPERATIONS, Contender.RAW_HTTP_CLIENT, Measurement::median,
                true).ifPresent((worst) -> table.row("Small operations through `LakeFS`: median within 1.25× the raw "
                        + "JDK `HttpClient`'s", worst.describe("raw"), met(worst.ratio() <= 1.25)));
        worstRatio(SmallOperationsBenchmark.class, SMALL_OPERATIONS, Contender.LAKEFS_SDK, Measurement::median, true)
            .ifPresent((worst) -> table.row("Small operations through `LakeFS`: faster than `io.lakefs:sdk`",
                    worst.describe("the SDK's time"), met(worst.ratio() < 1)));
        worstRatio(LargeTransferBenchmark.class, TRANSFERS, Contender.RAW_HTTP_CLIENT, (m) -> 1 / m.mean(), false)
            .ifPresent((worst) -> table.row("Large transfers through `LakeFS`: at least 0.85× the raw throughput, "
                    + "heap " + LargeTransferBenchmark.HEAP_LIMIT_MIB + " MiB", worst.describe("raw throughput"),
                    met(worst.ratio() >= 0.85)));
        worstGatewayRatio().ifPresent((worst) -> table.row("S3 gateway transfers through `lakeFSS3Client`: at least "
                + "0.85× the REST path's throughput, heap " + LargeTransferBenchmark.HEAP_LIMIT_MIB + " MiB",
                worst.describe("REST throughput"), met(worst.ratio() >= 0.85)));
        concurrencyTarget(table);
        Optional<Measurement> manual = find(TransactionBenchmark.class, "manual", null, null);
        Optional<Measurement> annotated = find(TransactionBenchmark.class, "annotated", null, null);
        if (manual.isPresent() && annotated.isPresent()) {
            double ratio = annotated.get().median() / manual.get().median();
            table.row("`@LakeFSTransactional` over the five calls by hand: at most 1.1×",
                    ratio(ratio) + " (median " + number(annotated.get().median()) + " ms vs "
                            + number(manual.get().median()) + " ms)",
                    met(ratio <= 1.1));
        }
        return table;
    }

    /** 64 callers through {@code LakeFS} against the raw client: throughput, CPU per call and p99 together. */
    private void concurrencyTarget(MarkdownTable table) {
        Optional<Measurement> ours = find(ConcurrentCallersBenchmark.class, "mixedSmallOperations", Contender.LAKEFS,
                null);
        Optional<Measurement> raw = find(ConcurrentCallersBenchmark.class, "mixedSmallOperations",
                Contender.RAW_HTTP_CLIENT, null);
        if (ours.isEmpty() || raw.isEmpty()) {
            return;
        }
        // a closed system: throughput is callers / mean latency, so the throughput ratio is the inverse mean ratio
        double throughput = raw.get().mean() / ours.get().mean();
        double p99 = ours.get().p99() / raw.get().p99();
        Optional<Double> cpu = ours.get().secondary(ClientResourcesProfiler.CPU_PER_CALL)
            .flatMap((mine) -> raw.get().secondary(ClientResourcesProfiler.CPU_PER_CALL).map((theirs) -> mine / theirs));
        table.row(ConcurrentCallersBenchmark.CALLERS + " concurrent callers through `LakeFS`: at least 0.9× the "
                + "raw throughput, CPU per call and p99 at most 1.2× raw",
                ratio(throughput) + " throughput, " + cpu.map(BenchmarkReport::ratio).orElse("n/a") + " CPU, "
                        + ratio(p99) + " p99",
                met(throughput >= 0.9 && cpu.map((value) -> value <= 1.2).orElse(false) && p99 <= 1.2));
    }

    /**
     * The ratio of {@code LakeFS}'s score to a reference contender's, over every operation (and size), keeping the
     * worst: the highest when higher is worse, else the lowest.
     */
    private Optional<Ratio> worstRatio(Class<?> benchmark, List<Operation> operations, Contender reference,
            ToDoubleFunction<Measurement> score, boolean higherIsWorse) {
        Optional<Ratio> worst = Optional.empty();
        for (Operation operation : operations) {
            for (String size : sizes(benchmark)) {
                Optional<Measurement> ours = find(benchmark, operation.method(), Contender.LAKEFS, size);
                Optional<Measurement> theirs = find(benchmark, operation.method(), reference, size);
                if (ours.isPresent() && theirs.isPresent()) {
                    double ratio = score.applyAsDouble(ours.get()) / score.applyAsDouble(theirs.get());
                    String name = operation.label() + (size.isEmpty() ? "" : " " + size + " MiB");
                    if (worst.isEmpty() || (higherIsWorse == (ratio > worst.get().ratio()))) {
                        worst = Optional.of(new Ratio(name, ratio));
                    }
                }
            }
        }
        return worst;
    }

    private MarkdownTable smallOperations() {
        MarkdownTable table = new MarkdownTable("Operation", "Client", "Median µs", "p99 µs", "× raw", "× SDK",
                "Client CPU µs/call");
        for (Operation operation : SMALL_OPERATIONS) {
            for (Contender contender : Contender.values()) {
                find(SmallOperationsBenchmark.class, operation.method(), contender, null).ifPresent((m) -> table.row(
                        operation.label(), contender.label(), number(m.median()), number(m.p99()),
                        relative(SmallOperationsBenchmark.class, operation, null, m, Contender.RAW_HTTP_CLIENT,
                                Measurement::median),
                        relative(SmallOperationsBenchmark.class, operation, null, m, Contender.LAKEFS_SDK,
                                Measurement::median),
                        cpu(m)));
            }
        }
        return table;
    }

    private MarkdownTable transfers() {
        MarkdownTable table = new MarkdownTable("Transfer", "Client", "MiB/s", "× raw", "× SDK", "Heap limit",
                "Peak RSS");
        ToDoubleFunction<Measurement> throughput = (m) -> 1 / m.mean();
        for (String size : sizes(LargeTransferBenchmark.class)) {
            for (Operation operation : TRANSFERS) {
                if (find(LargeTransferBenchmark.class, operation.method(), null, size).isEmpty()) {
                    // not run at all (e.g. --include chose the other direction): nothing failed
                    continue;
                }
                String transfer = operation.label() + " " + size + " MiB";
                for (Contender contender : Contender.values()) {
                    Optional<Measurement> measured = find(LargeTransferBenchmark.class, operation.method(), contender,
                            size);
                    measured.ifPresent((m) -> table.row(transfer, contender.label(),
                            number(Double.parseDouble(size) * 1000 / m.mean()),
                            relative(LargeTransferBenchmark.class, operation, size, m, Contender.RAW_HTTP_CLIENT,
                                    throughput),
                            relative(LargeTransferBenchmark.class, operation, size, m, Contender.LAKEFS_SDK,
                                    throughput),
                            mebibytes(m.secondary(ClientResourcesProfiler.MAX_HEAP)),
                            mebibytes(m.secondary(ClientResourcesProfiler.PEAK_RSS))));
                    if (measured.isEmpty()) {
                        table.row(transfer, contender.label(), "**failed**", "", "",
                                LargeTransferBenchmark.HEAP_LIMIT_MIB + " MiB", "see the run's log");
                    }
                }
            }
        }
        return table;
    }

    /** The lowest ratio of the gateway's throughput to the REST path's, over both directions. */
    private Optional<Ratio> worstGatewayRatio() {
        Optional<Ratio> worst = Optional.empty();
        for (Operation operation : TRANSFERS) {
            Optional<Double> ratio = gatewayRatio(operation, Route.S3_GATEWAY);
            if (ratio.isPresent() && (worst.isEmpty() || ratio.get() < worst.get().ratio())) {
                worst = Optional.of(new Ratio(operation.label() + " " + S3GatewayTransferBenchmark.OBJECT_MIB + " MiB",
                        ratio.get()));
            }
        }
        return worst;
    }

    private Optional<Double> gatewayRatio(Operation operation, Route route) {
        return findRoute(operation.method(), route).flatMap((m) -> findRoute(operation.method(), Route.REST)
            .map((rest) -> rest.mean() / m.mean()));
    }

    private MarkdownTable gatewayTransfers() {
        MarkdownTable table = new MarkdownTable("Transfer", "Route", "MiB/s", "× REST", "Heap limit", "Peak RSS");
        for (Operation operation : TRANSFERS) {
            for (Route route : Route.values()) {
                findRoute(operation.method(), route).ifPresent((m) -> table.row(
                        operation.label() + " " + S3GatewayTransferBenchmark.OBJECT_MIB + " MiB", route.label(),
                        number(S3GatewayTransferBenchmark.OBJECT_MIB * 1000.0 / m.mean()),
                        gatewayRatio(operation, route).map(BenchmarkReport::ratio).orElse("n/a"),
                        mebibytes(m.secondary(ClientResourcesProfiler.MAX_HEAP)),
                        mebibytes(m.secondary(ClientResourcesProfiler.PEAK_RSS))));
            }
        }
        return table;
    }

    private Optional<Measurement> findRoute(String method, Route route) {
        return this.measurements.stream()
            .filter((m) -> m.benchmark().equals(S3GatewayTransferBenchmark.class.getSimpleName())
                    && m.method().equals(method) && m.param("route").equals(route.name()))
            .findFirst();
    }

    private MarkdownTable concurrency() {
        MarkdownTable table = new MarkdownTable("Client", "Calls/s", "Median µs", "p99 µs", "Calls/s × raw",
                "p99 × raw", "Client CPU µs/call");
        Operation mixed = new Operation("mixedSmallOperations", "mixed");
        ToDoubleFunction<Measurement> throughput = (m) -> ConcurrentCallersBenchmark.CALLERS * 1e6 / m.mean();
        for (Contender contender : Contender.values()) {
            find(ConcurrentCallersBenchmark.class, mixed.method(), contender, null).ifPresent((m) -> table.row(
                    contender.label(), number(throughput.applyAsDouble(m)), number(m.median()), number(m.p99()),
                    relative(ConcurrentCallersBenchmark.class, mixed, null, m, Contender.RAW_HTTP_CLIENT, throughput),
                    relative(ConcurrentCallersBenchmark.class, mixed, null, m, Contender.RAW_HTTP_CLIENT,
                            Measurement::p99),
                    cpu(m)));
        }
        return table;
    }

    private MarkdownTable transactions() {
        MarkdownTable table = new MarkdownTable("Variant", "Median ms", "p99 ms", "× by hand");
        Optional<Measurement> manual = find(TransactionBenchmark.class, "manual", null, null);
        for (Operation variant : TRANSACTIONS) {
            find(TransactionBenchmark.class, variant.method(), null, null).ifPresent((m) -> table.row(variant.label(),
                    number(m.median()), number(m.p99()),
                    manual.map((reference) -> ratio(m.median() / reference.median())).orElse("n/a")));
        }
        return table;
    }

    private String relative(Class<?> benchmark, Operation operation, @Nullable String size,
            Measurement measurement, Contender reference, ToDoubleFunction<Measurement> score) {
        return find(benchmark, operation.method(), reference, size)
            .map((theirs) -> ratio(score.applyAsDouble(measurement) / score.applyAsDouble(theirs)))
            .orElse("n/a");
    }

    private Optional<Measurement> find(Class<?> benchmark, String method, @Nullable Contender contender,
            @Nullable String size) {
        return this.measurements.stream()
            .filter((m) -> m.benchmark().equals(benchmark.getSimpleName()) && m.method().equals(method))
            .filter((m) -> contender == null || m.param("contender").equals(contender.name()))
            .filter((m) -> size == null || m.param("sizeMiB").equals(size))
            .findFirst();
    }

    /** The object sizes a benchmark ran with, smallest first; one empty size for benchmarks without sizes. */
    private List<String> sizes(Class<?> benchmark) {
        return this.measurements.stream()
            .filter((m) -> m.benchmark().equals(benchmark.getSimpleName()))
            .map((m) -> m.param("sizeMiB"))
            .distinct()
            .sorted(Comparator.comparingInt((size) -> size.isEmpty() ? 0 : Integer.parseInt(size)))
            .toList();
    }

    private static String method() {
        return """

                ## How it was measured

                - One JMH fork per benchmark and client in each round; each fork starts its own server JVM and \
                prepares the repository with the JDK's `HttpClient`, so no other client's classes are loaded in the \
                JVM measured. Small operations and transactions run in every round (two by default), the \
                contenders in reverse order every other round, and their samples are pooled, so each median spans \
                forks run minutes apart and no contender is always measured first; large transfers and the \
                concurrent callers run in the first round only.
                - `LakeFS (blocking)` is the high-level API as the README shows it; `LakeFSClient (reactive)` is the \
                low-level client, blocked on for each answer. Both are built with their defaults (retries on).
                - `JDK HttpClient (raw)` sends the same requests with a precomputed `Authorization` header and reads \
                each answer whole without parsing it: the floor a client could reach.
                - `io.lakefs:sdk` is the official generated SDK (OkHttp, Gson) used as documented. Its upload takes \
                only a `File`, so the 1 KiB upload writes its bytes to a scratch file first; its download always \
                writes a temporary file, which is deleted after each call.
                - Uploads use `application/octet-stream` except the SDK's, which sends `multipart/form-data`. \
                `io.lakefs:sdk` 1.53.1 also reads that whole multipart body into a `String` before sending it \
                (`ApiClient.buildRequest` calls `requestBodyToString`), so its large uploads need a heap larger than \
                the object: with the heap capped they fail with `OutOfMemoryError`, shown as **failed**.
                - The page and the README's headline are written by `benchmarks/run`; see \
                [benchmarks/README.md](../benchmarks/README.md) for its options, and for what profiling found where \
                a target is missed.
                """;
    }

    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    private static String cpu(Measurement measurement) {
        return measurement.secondary(ClientResourcesProfiler.CPU_PER_CALL).map(BenchmarkReport::number).orElse("n/a");
    }

    private static String mebibytes(Optional<Double> value) {
        return value.map((mib) -> String.format(Locale.ROOT, "%.0f MiB", mib)).orElse("n/a");
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    /** A benchmark method and how the report names it. */
    private record Operation(String method, String label) {
    }

    /** How {@code LakeFS} compares with another client on one operation. */
    private record Ratio(String operation, double ratio) {

        String describe(String reference) {
            return "worst: " + BenchmarkReport.ratio(this.ratio) + " " + reference + " (" + this.operation + ")";
        }

    }

}
