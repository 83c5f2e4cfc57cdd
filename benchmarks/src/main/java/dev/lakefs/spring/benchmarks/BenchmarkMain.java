package dev.lakefs.spring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import dev.lakefs.spring.benchmarks.report.BenchmarkReport;
import dev.lakefs.spring.benchmarks.report.Environment;
import dev.lakefs.spring.benchmarks.report.Measurement;
import dev.lakefs.spring.benchmarks.report.ClientResourcesProfiler;
import dev.lakefs.spring.benchmarks.report.ReadmeSection;
import dev.lakefs.spring.benchmarks.transport.TransportFloorBenchmark;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.RunResult;
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

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        RunSettings settings = RunSettings.parse(args);
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include(settings.include())
            .addProfiler(ClientResourcesProfiler.class)
            // A client that fails (e.g. runs out of its capped heap) is a result too: the report lists it as failed
            .shouldFailOnError(false)
            .param("sizeMiB", settings.sizesMiB().toArray(String[]::new));
        if (settings.include().equals(RunSettings.EVERYTHING)) {
            // not in the report: a probe of the transports themselves, run on its own (see benchmarks/README.md)
            options.exclude(TransportFloorBenchmark.class.getName());
        }
        if (settings.quick()) {
            options.warmupIterations(1)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(2)
                .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        BenchmarkReport report = new BenchmarkReport(Measurement.of(results),
                Environment.current(settings.command()));
        Files.createDirectories(settings.output().toAbsolutePath().getParent());
        Files.writeString(settings.output(), report.page());
        System.out.println("Wrote " + settings.output());
        if (settings.readme() != null) {
            boolean replaced = ReadmeSection.replace(settings.readme(), report.headline());
            System.out.println(replaced ? "Updated the headline in " + settings.readme()
                    : "No benchmarks section in " + settings.readme() + "; left it alone");
        }
    }

    /**
     * What to run and where to write.
     *
     * @param include a regular expression selecting benchmarks
     * @param sizesMiB the object sizes of the large transfers
     * @param quick whether to run short iterations (a smoke run; its figures are not for publishing)
     * @param output the results page
     * @param readme the README whose headline to update; {@code null} to leave it alone
     * @param command how the run was started, for the report
     */
    record RunSettings(String include, List<String> sizesMiB, boolean quick, Path output,
            @Nullable Path readme, String command) {

        /** Every benchmark of this module. */
        static final String EVERYTHING = "dev\\.lakefs\\.spring\\.benchmarks\\..*";

        private static final String USAGE = """
                Usage: benchmarks/run [--quick] [--include <regex>] [--sizes <MiB,...>] [--output <file>] [--no-readme]
                  --quick       short iterations, 64 MiB only; writes benchmarks/target/benchmarks-quick.md
                  --include     run only the benchmarks matching the expression (e.g. SmallOperations)
                  --sizes       sizes of the large transfers in MiB (default 64,1024)
                  --output      where to write the results page (default docs/benchmarks.md)
                  --no-readme   do not update README.md's headline
                """;

        static RunSettings parse(String[] args) {
            String include = EVERYTHING;
            List<String> sizes = List.of("64", "1024");
            boolean quick = false;
            Path output = null;
            boolean readme = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--include" -> include = value(args, ++i);
                    case "--sizes" -> sizes = List.of(value(args, ++i).split(","));
                    case "--output" -> output = Path.of(value(args, ++i));
                    case "--no-readme" -> readme = false;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (quick) {
                sizes = List.of("64");
                output = (output != null) ? output : Path.of("benchmarks/target/benchmarks-quick.md");
                readme = false;
            }
            String command = ("benchmarks/run " + String.join(" ", args)).strip();
            return new RunSettings(include, sizes, quick, (output != null) ? output : Path.of("docs/benchmarks.md"),
                    readme ? Path.of("README.md") : null, command);
        }

        private static String value(String[] args, int index) {
            if (index >= args.length) {
                throw new IllegalArgumentException(args[index - 1] + " needs a value\n" + USAGE);
            }
            return args[index];
        }

    }

}
