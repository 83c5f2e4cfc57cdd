package dev.lakefs.spring.benchmarks.transaction;

import java.util.concurrent.TimeUnit;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.benchmarks.ServerState;
import dev.lakefs.spring.benchmarks.contenders.BenchmarkClients;
import dev.lakefs.spring.benchmarks.contenders.BenchmarkTarget;
import dev.lakefs.spring.benchmarks.small.SmallObjects;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.transaction.EnableLakeFSTransactions;
import dev.lakefs.spring.transaction.LakeFSTransactionManager;
import dev.lakefs.spring.transaction.TransactionOptions;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One small write made atomic: by a {@code @LakeFSTransactional} method, by {@code Branch.transact}, and by hand with
 * the five calls a transaction stands for (create branch, upload, commit, merge, delete branch). All three use the
 * blocking {@link LakeFS} API, so the difference is the transaction machinery alone. Warmed up as long as the small
 * operations (see {@code SmallOperationsBenchmark}): with 15 s, the hand-made calls were still getting faster from
 * one measured iteration to the next (7.3, 6.4, 5.7 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TransactionBenchmark extends ServerState {

    static final String REPOSITORY_ID = REPOSITORY;

    static final String PATH = "tx/object.bin";

    static final String COMMIT_MESSAGE = "Write one object";

    private final byte[] payload = SmallObjects.uploadPayload();

    private long writes;

    private @Nullable AnnotationConfigApplicationContext context;

    private @Nullable OneObjectWriter writer;

    private @Nullable Branch main;

    private int manualBranches;

    @Override
    protected void connect(BenchmarkTarget target) {
        LakeFS lakeFS = BenchmarkClients.lakeFS(target);
        Repository repository = lakeFS.repository(target.repository());
        this.main = repository.branch(target.branch());
        AnnotationConfigApplicationContext started = new AnnotationConfigApplicationContext();
        started.registerBean(LakeFS.class, () -> lakeFS);
        started.register(TransactionalWriterConfiguration.class);
        started.refresh();
        this.context = started;
        this.writer = started.getBean(OneObjectWriter.class);
    }

    @Override
    protected void disconnect() {
        if (this.context != null) {
            this.context.close();
        }
    }

    @Benchmark
    public ObjectStats annotated() {
        return state(this.writer).write(nextPayload());
    }

    @Benchmark
    public ObjectStats transactCallback() {
        Branch main = state(this.main);
        byte[] content = nextPayload();
        return main.transact(TransactionOptions.defaults().withCommitMessage(COMMIT_MESSAGE),
                (tx) -> tx.object(PATH).upload(content));
    }

    @Benchmark
    public String manual() {
        Branch main = state(this.main);
        Branch work = main.repository().branch("manual-" + (++this.manualBranches)).create(main.id());
        work.object(PATH).upload(nextPayload());
        work.commit(COMMIT_MESSAGE);
        String merged = work.mergeInto(main);
        work.delete();
        return merged;
    }

    /**
     * The payload with a new number in front: lakeFS refuses to commit a branch whose only change rewrote an object
     * with the same bytes ("no changes"), so every transaction must write something new.
     */
    private byte[] nextPayload() {
        byte[] content = this.payload.clone();
        long number = ++this.writes;
        for (int i = 0; i < Long.BYTES; i++) {
            content[i] = (byte) (number >>> (i * 8));
        }
        return content;
    }

    private static <T> T state(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("The trial has not started");
        }
        return value;
    }

    /**
     * What an application without Spring Boot declares to use {@code @LakeFSTransactional}.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableLakeFSTransactions(proxyTargetClass = true)
    static class TransactionalWriterConfiguration {

        @Bean
        LakeFSTransactionManager lakeFSTransactionManager(LakeFS lakeFS) {
            return new LakeFSTransactionManager(lakeFS);
        }

        @Bean
        OneObjectWriter oneObjectWriter(LakeFS lakeFS) {
            return new OneObjectWriter(lakeFS.repository(REPOSITORY_ID).branch("main"));
        }

    }

}
