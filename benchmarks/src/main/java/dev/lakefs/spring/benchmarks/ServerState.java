package dev.lakefs.spring.benchmarks;

import java.io.IOException;

import dev.lakefs.spring.benchmarks.contenders.BenchmarkTarget;
import dev.lakefs.spring.benchmarks.contenders.Contender;
import dev.lakefs.spring.benchmarks.contenders.LakeFSCalls;
import dev.lakefs.spring.benchmarks.server.ServerProcess;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every benchmark starts from: a fresh server in its own JVM for each trial (so a trial never inherits another's
 * data or server warm-up), and a repository prepared with the raw JDK client (so no contender's classes are loaded
 * before the one under test).
 */
@State(Scope.Benchmark)
public abstract class ServerState {

    /** The repository every benchmark works in. */
    protected static final String REPOSITORY = "benchmarks";

    private @Nullable ServerProcess server;

    @Setup(Level.Trial)
    public void startServer() throws Exception {
        ServerProcess started = ServerProcess.start();
        this.server = started;
        started.createRepository(REPOSITORY);
        BenchmarkTarget target = BenchmarkTarget.mainBranch(started, REPOSITORY);
        try (LakeFSCalls fixtures = Contender.RAW_HTTP_CLIENT.connect(target)) {
            prepare(fixtures);
        }
        connect(target);
    }

    /**
     * Puts what the benchmark reads into the repository's {@code main} branch.
     * @param fixtures the raw JDK client, aimed at {@code main}
     * @throws IOException if the server refuses
     */
    protected void prepare(LakeFSCalls fixtures) throws IOException {
    }

    /**
     * Makes the client under test.
     * @param target the prepared repository's {@code main} branch
     * @throws Exception if it cannot be made
     */
    protected abstract void connect(BenchmarkTarget target) throws Exception;

    /**
     * Releases the client under test.
     * @throws Exception if it cannot be released
     */
    protected abstract void disconnect() throws Exception;

    @TearDown(Level.Trial)
    public void stopServer() throws Exception {
        try {
            disconnect();
        }
        finally {
            if (this.server != null) {
                this.server.close();
            }
        }
    }

}
