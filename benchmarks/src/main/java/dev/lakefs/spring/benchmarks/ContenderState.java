package dev.lakefs.spring.benchmarks;

import dev.lakefs.spring.benchmarks.contenders.BenchmarkTarget;
import dev.lakefs.spring.benchmarks.contenders.Contender;
import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark run once per {@link Contender}, each trial on a fresh server.
 */
@State(Scope.Benchmark)
public abstract class ContenderState extends ServerState {

    /** The client compared in this trial; JMH runs the benchmark once per contender. */
    @Param
    public Contender contender = Contender.LAKEFS;

    private @Nullable LakeFSCalls calls;

    @Override
    protected void connect(BenchmarkTarget target) {
        this.calls = this.contender.connect(target);
    }

    /**
     * The contender's client, aimed at the repository's {@code main} branch.
     * @return the calls
     */
    protected LakeFSCalls calls() {
        if (this.calls == null) {
            throw new IllegalStateException("The trial has not started");
        }
        return this.calls;
    }

    @Override
    protected void disconnect() throws Exception {
        if (this.calls != null) {
            this.calls.close();
        }
    }

}
