package dev.lakefs.spring.benchmarks.contenders;

import java.util.function.Function;

/**
 * The clients compared. The enum's names are the JMH parameter values; {@link #label()} is what the report shows.
 */
public enum Contender {

    /** This project's blocking high-level API, {@code dev.lakefs.spring.LakeFS}. */
    LAKEFS("LakeFS (blocking)", HighLevelCalls::new),

    /** This project's reactive client, {@code LakeFSClient}, blocked on for each answer. */
    LAKEFS_CLIENT("LakeFSClient (reactive)", ReactiveClientCalls::new),

    /** The JDK's {@code java.net.http.HttpClient} sending the same requests and not parsing the answers: the floor. */
    RAW_HTTP_CLIENT("JDK HttpClient (raw)", RawHttpClientCalls::new),

    /** The official generated Java SDK, {@code io.lakefs:sdk} (OkHttp and Gson). */
    LAKEFS_SDK("io.lakefs:sdk", OfficialSdkCalls::new);

    private final String label;

    private final Function<BenchmarkTarget, LakeFSCalls> connector;

    Contender(String label, Function<BenchmarkTarget, LakeFSCalls> connector) {
        this.label = label;
        this.connector = connector;
    }

    /**
     * How the report names this contender.
     * @return the label
     */
    public String label() {
        return this.label;
    }

    /**
     * Makes this contender's client for a target.
     * @param target where the calls go
     * @return the calls; close them when done
     */
    public LakeFSCalls connect(BenchmarkTarget target) {
        return this.connector.apply(target);
    }

}
