package dev.lakefs.spring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import dev.lakefs.spring.benchmarks.contenders.Contender;
import dev.lakefs.spring.benchmarks.gateway.Route;
import dev.lakefs.spring.benchmarks.report.BenchmarkReport;
import dev.lakefs.spring.benchmarks.report.Environment;
import dev.lakefs.spring.benchmarks.report.Measurement;
import dev.lakefs.spring.benchmarks.report.ClientResourcesProfiler;
import dev.lakefs.spring.benchmarks.report.ReadmeSection;
import dev.lakefs.spring.benchmarks.scale.ScaleSection;
import dev.lakefs.spring.benchmarks.transfer.LargeTransferBenchmark;
import dev.lakefs.spring.benchmarks.transport.TransportFloorBenchmark;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark, then writes the results page and the README's headline. {@code benchmarks/run} builds the
 * jar and calls this; see {@code benchmarks/README.md} for the options.
 */
public final class BenchmarkMain {

    /**
     * Benchmarks that a later round does not repeat: the large transfers, whose figures are throughputs far from the
     * noise, and the transport probe, which is not in the report.
     */
    private static final List<Class<?>> RUN_ONCE = List.of(LargeTransferBenchmark.class,
            TransportFloorBenchmark.class);

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        RunSettings settings = RunSettings.parse(args);
        List<RunResult> results = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            results.addAll(run(settings, round));
        }
        BenchmarkReport report = new BenchmarkReport(Measurement.of(results),
                Environment.current(settings.command(), settings.rounds()));
        Files.createDirectories(settings.output().toAbsolutePath().getParent());
        String scale = ScaleSection.keptFrom(settings.output());
        Files.writeString(settings.output(), report.page() + scale);
        System.out.println("Wrote " + settings.output());
        if (settings.readme() != null) {
            boolean replaced = ReadmeSection.replace(settings.readme(), report.headline());
            System.out.println(replaced ? "Updated the headline in " + settings.readme()
                    : "No benchmarks section in " + settings.readme() + "; left it alone");
        }
    }

    /**
     * One round: every selected benchmark, each contender (or route) in one fork. Later rounds repeat only the
     * benchmarks whose figures are held to a ratio of two forks (small operations, concurrent callers, transactions,
     * and the S3 gateway beside the REST path): on a shared machine one fork's median moves with the minute it ran in, and a second fork
     * of each contender, minutes later, halves the chance that a ratio is decided by when each side happened to run.
     * Every other round runs the contenders and routes in reverse order, so that over two rounds each sits as often
     * early as late in a benchmark's sequence of forks (in one run, whichever contender was measured first was the
     * slowest of two identical call paths).
     */
    private static Collection<RunResult> run(RunSettings settings, int round) throws RunnerException {
        boolean repeat = round > 1;
        boolean reversed = round % 2 == 0;
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include(settings.include())
            .addProfiler(ClientResourcesProfiler.class)
            // A client that fails (e.g. runs out of its capped heap) is a result too: the report lists it as failed
            .shouldFailOnError(false)
            .param("contender", names(Contender.values(), reversed))
            .param("route", names(Route.values(), reversed))
            .param("sizeMiB", settings.sizesMiB().toArray(String[]::new));
        if (settings.include().equals(RunSettings.EVERYTHING)) {
            // not in the report: a probe of the transports themselves, run on its own (see benchmarks/README.md)
            options.exclude(TransportFloorBenchmark.class.getName());
        }
        if (repeat) {
            RUN_ONCE.forEach((benchmark) -> options.exclude(benchmark.getName()));
        }
        if (settings.quick()) {
            options.warmupIterations(1)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(2)
                .measurementTime(TimeValue.seconds(1));
        }
        try {
            return new Runner(options.build()).run();
        }
        catch (NoBenchmarksException ex) {
            if (repeat) {
                // --include chose only benchmarks that run once
                return List.of();
            }
            throw ex;
        }
    }

    /** The parameter values of an enum's constants, in declaration order or reversed. */
    private static String[] names(Enum<?>[] constants, boolean reversed) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : constants) {
            names.add(constant.name());
        }
        if (reversed) {
            Collections.reverse(names);
        }
        return names.toArray(String[]::new);
    }

    /**
     * What to run and where to write.
     *
     * @param include a regular expression selecting benchmarks
     * @param sizesMiB the object sizes of the large transfers
     * @param quick whether to run short iterations (a smoke run; its figures are not for publishing)
     * @param rounds how many times the small operations, concurrent callers, transactions and S3 gateway transfers
     * run, each contender
     * once a round
     * @param output the results page
     * @param readme the README whose headline to update; {@code null} to leave it alone
     * @param command how the run was started, for the report
     */
    record RunSettings(String include, List<String> sizesMiB, boolean quick, int rounds, Path output,
            @Nullable Path readme, String command) {

        /** Every benchmark of this module. */
        static final String EVERYTHING = "dev\\.lakefs\\.spring\\.benchmarks\\..*";

        private static final int DEFAULT_ROUNDS = 2;

        private static final String USAGE = """
                Usage: benchmarks/run [--quick] [--include <regex>] [--sizes <MiB,...>] [--rounds <n>] [--output <file>] [--no-readme]
                  --quick       short iterations, 64 MiB only, one round unless --rounds; writes benchmarks/target/benchmarks-quick.md
                  --include     run only the benchmarks matching the expression (e.g. SmallOperations);
                                writes benchmarks/target/benchmarks-partial.md
                  --sizes       sizes of the large transfers in MiB (default 64,1024)
                  --rounds      how many times small operations, concurrent callers, transactions and the S3 gateway run, pooled (default 2)
                  --output      where to write the results page (default docs/benchmarks.md for a full run)
                  --no-readme   do not update README.md's headline (only a full run updates it)
                """;

        static RunSettings parse(String[] args) {
            String include = EVERYTHING;
            List<String> sizes = List.of("64", "1024");
            boolean quick = false;
            int rounds = 0;
            Path output = null;
            boolean readme = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--include" -> include = value(args, ++i);
                    case "--sizes" -> sizes = List.of(value(args, ++i).split(","));
                    case "--rounds" -> rounds = positive(args, ++i);
                    case "--output" -> output = Path.of(value(args, ++i));
                    case "--no-readme" -> readme = false;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (quick) {
                sizes = List.of("64");
            }
            if (rounds == 0) {
                rounds = quick ? 1 : DEFAULT_ROUNDS;
            }
            // Only a full run publishes: a smoke run or a part of the suite must not replace the results page.
            boolean full = !quick && include.equals(EVERYTHING);
            if (output == null) {
                output = full ? Path.of("docs/benchmarks.md")
                        : Path.of("benchmarks/target/benchmarks-" + (quick ? "quick" : "partial") + ".md");
            }
            String command = ("benchmarks/run " + String.join(" ", args)).strip();
            return new RunSettings(include, sizes, quick, rounds, output,
                    (full && readme) ? Path.of("README.md") : null, command);
        }

        private static int positive(String[] args, int index) {
            String value = value(args, index);
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            }
            catch (NumberFormatException ex) {
                // reported below
            }
            throw new IllegalArgumentException(args[index - 1] + " needs a whole number above 0, not " + value + "\n"
                    + USAGE);
        }

        private static String value(String[] args, int index) {
            if (index >= args.length) {
                throw new IllegalArgumentException(args[index - 1] + " needs a value\n" + USAGE);
            }
            return args[index];
        }

    }

}
