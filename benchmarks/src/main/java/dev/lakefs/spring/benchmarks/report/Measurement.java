package dev.lakefs.spring.benchmarks.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * One benchmark's result for one set of parameters, reduced to what the report shows.
 *
 * @param benchmark the benchmark class's simple name
 * @param method the benchmark method
 * @param params the JMH parameters ({@code contender}, {@code sizeMiB})
 * @param mean the mean score, in {@link #unit}
 * @param median the median (for sample-time benchmarks; else the mean)
 * @param p99 the 99th percentile (for sample-time benchmarks; else the mean)
 * @param unit the score's unit, e.g. {@code us/op}
 * @param secondary the secondary results by name, e.g. {@link ClientResourcesProfiler#PEAK_RSS}
 */
public record Measurement(String benchmark, String method, Map<String, String> params, double mean, double median,
        double p99, String unit, Map<String, Double> secondary) {

    /**
     * Reduces JMH's results. Results of the same benchmark and parameters from several rounds are pooled, as JMH
     * pools the forks of one trial: the median is that of every sample of every round.
     * @param results what the runner returned, for one round or several
     * @return one measurement per benchmark and parameter set, in the order they first ran
     */
    public static List<Measurement> of(Collection<RunResult> results) {
        Map<String, List<RunResult>> trials = new LinkedHashMap<>();
        for (RunResult result : results) {
            trials.computeIfAbsent(trialKey(result.getParams()), (key) -> new ArrayList<>()).add(result);
        }
        return trials.values().stream().map(Measurement::pooled).map(Measurement::of).toList();
    }

    private static String trialKey(BenchmarkParams params) {
        StringBuilder key = new StringBuilder(params.getBenchmark());
        for (String name : params.getParamsKeys()) {
            key.append(' ').append(name).append('=').append(params.getParam(name));
        }
        return key.toString();
    }

    private static RunResult pooled(List<RunResult> rounds) {
        if (rounds.size() == 1) {
            return rounds.get(0);
        }
        List<BenchmarkResult> forks = rounds.stream().flatMap((round) -> round.getBenchmarkResults().stream()).toList();
        return new RunResult(rounds.get(0).getParams(), forks);
    }

    private static Measurement of(RunResult result) {
        String qualified = result.getParams().getBenchmark();
        String[] parts = qualified.split("\\.");
        Map<String, String> params = new TreeMap<>();
        for (String key : result.getParams().getParamsKeys()) {
            params.put(key, result.getParams().getParam(key));
        }
        Result<?> primary = result.getPrimaryResult();
        Statistics statistics = primary.getStatistics();
        Map<String, Double> secondary = new TreeMap<>();
        result.getSecondaryResults().forEach((name, value) -> secondary.put(name, value.getScore()));
        return new Measurement(parts[parts.length - 2], parts[parts.length - 1], params, statistics.getMean(),
                statistics.getPercentile(50), statistics.getPercentile(99), primary.getScoreUnit(), secondary);
    }

    /**
     * A parameter's value.
     * @param name the parameter
     * @return its value, or an empty string when the benchmark has no such parameter
     */
    public String param(String name) {
        return this.params.getOrDefault(name, "");
    }

    /**
     * A secondary result.
     * @param name its name
     * @return the score, when the benchmark produced it
     */
    public Optional<Double> secondary(String name) {
        return Optional.ofNullable(this.secondary.get(name));
    }

}
