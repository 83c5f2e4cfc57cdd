package dev.lakefs.spring.transaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.model.Commit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.annotation.Retryable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** {@link LakeFSTransactional} through Spring AOP, on JDK and CGLIB proxies, in a plain application context. */
class LakeFSTransactionalTests extends EmbeddedLakeFSTestSupport {

    private AnnotationConfigApplicationContext context;

    private Datasets datasets;

    private Reports reports;

    @BeforeEach
    void startContext() {
        this.context = new AnnotationConfigApplicationContext();
        this.context.getEnvironment()
            .getPropertySources()
            .addFirst(new MapPropertySource("test", Map.of("test.repository", this.repository, "test.branch", "main")));
        this.context.getBeanFactory().registerSingleton("lakeFS", lakeFS);
        this.context.getBeanFactory().registerSingleton("transactionManager", this.manager);
        this.context.register(TransactionalConfiguration.class);
        this.context.refresh();
        this.datasets = this.context.getBean(Datasets.class);
        this.reports = this.context.getBean(Reports.class);
    }

    @AfterEach
    void closeContext() {
        this.context.close();
    }

    @Test
    void interfacesGetJdkProxiesAndClassesCglibProxies() {
        assertThat(AopUtils.isJdkDynamicProxy(this.datasets)).isTrue();
        assertThat(AopUtils.isCglibProxy(this.reports)).isTrue();
    }

    @Test
    void annotatedInterfaceMethodCommitsWithSpelMessageAndMetadata() {
        String transactionId = this.datasets.load("sales", null);
        assertThat(read("main", "sales")).isEqualTo("data of sales");
        Commit merge = commit(head("main"));
        assertThat(merge.metadata()).containsEntry("dataset", "sales")
            .containsEntry("lakefs-spring.transaction.id", transactionId);
        assertThat(commit(merge.parents().get(1)).message()).isEqualTo("Load sales");
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void typeLevelAnnotationOnAClassUsesTheDefaultRepository() {
        String transactionId = this.reports.write("report.txt");
        assertThat(transactionId).startsWith("tx-");
        assertThat(read("main", "report.txt")).isEqualTo("report");
    }

    @Test
    void uncheckedExceptionRollsBack() {
        assertThatIllegalStateException().isThrownBy(() -> this.datasets.failUnchecked("unchecked.txt"));
        assertThat(exists("main", "unchecked.txt")).isFalse();
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void checkedExceptionWithRollbackForRollsBack() {
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.datasets.failChecked("checked.txt"));
        assertThat(exists("main", "checked.txt")).isFalse();
    }

    @Test
    void checkedExceptionWithoutRuleCommitsAndIsRethrown() {
        assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> this.datasets.checkedCommits("timeout.txt"));
        assertThat(read("main", "timeout.txt")).isEqualTo("partial");
    }

    @Test
    void noRollbackForCommitsAndIsRethrown() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.datasets.noRollback("no-rollback.txt"));
        assertThat(read("main", "no-rollback.txt")).isEqualTo("kept");
    }

    @Test
    void tagSquashAndStrategyAttributesApply() {
        String before = head("main");
        this.datasets.tagged("tagged.txt", "release-1");
        Commit merge = commit(head("main"));
        assertThat(merge.parents()).containsExactly(before);
        assertThat(merge.metadata()).containsEntry(".lakefs.merge.strategy", "source-wins");
        assertThat(client.getTag(this.repository, "release-1").block().commitId()).isEqualTo(merge.id());
    }

    @Test
    void deleteBranchOnFailureFalseKeepsTheBranch() {
        assertThatIllegalStateException().isThrownBy(() -> this.datasets.keepOnFailure("kept.txt"));
        assertThat(transactionBranches()).hasSize(1);
        assertThat(exists("main", "kept.txt")).isFalse();
    }

    @Test
    void mandatoryAndNeverFollowTheOpenTransaction() {
        assertThatExceptionOfType(IllegalTransactionStateException.class)
            .isThrownBy(() -> this.datasets.mandatory("m.txt"));
        this.datasets.never();
        List<String> ids = this.reports.callMandatoryAndNever(this.datasets);
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(read("main", "m.txt")).isEqualTo("mandatory");
    }

    @Test
    void requiresNewOnAnotherBeanCommitsIndependently() {
        assertThatIllegalStateException().isThrownBy(() -> this.reports.writeThenAuditThenFail(this.reports));
        assertThat(read("main", "audit.txt")).isEqualTo("audit");
        assertThat(exists("main", "outer.txt")).isFalse();
    }

    @Test
    void nestedOnAnotherBeanRollsBackOnlyItsOwnWrites() {
        this.reports.writeAroundFailingNested(this.reports);
        assertThat(read("main", "around.txt")).isEqualTo("around");
        assertThat(exists("main", "nested.txt")).isFalse();
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void futureReturningMethodsAreRejected() {
        assertThatIllegalStateException().isThrownBy(() -> this.datasets.future())
            .withMessageContaining("return Mono or Flux");
    }

    @Test
    void retryableWrapsTheTransactionSoEveryAttemptGetsAFreshBranch() {
        String transactionId = this.reports.flaky();
        List<String> attempts = this.reports.attempts();
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1)).isEqualTo(transactionId).isNotEqualTo(attempts.get(0));
        assertThat(exists("main", "attempt-1.txt")).isFalse();
        assertThat(read("main", "attempt-2.txt")).isEqualTo("attempt 2");
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void monoReturningMethodCommitsWhenTheMonoCompletes() {
        Mono<String> result = this.datasets.reactiveLoad("reactive.txt");
        assertThat(transactionBranches()).as("nothing happens before subscription").isEmpty();
        assertThat(result.block()).startsWith("tx-");
        assertThat(read("main", "reactive.txt")).isEqualTo("reactive");
    }

    @Test
    void fluxReturningMethodCommitsWhenTheFluxCompletes() {
        assertThat(this.datasets.reactiveMany("a", "b").collectList().block()).containsExactly("a", "b");
        assertThat(read("main", "a")).isEqualTo("a");
        assertThat(read("main", "b")).isEqualTo("b");
    }

    @Test
    void failingMonoRollsBack() {
        assertThatIllegalStateException().isThrownBy(() -> this.datasets.reactiveFailure("reactive-failure.txt").block());
        assertThat(exists("main", "reactive-failure.txt")).isFalse();
        assertThat(transactionBranches()).isEmpty();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableLakeFSTransactions(defaultRepository = "${test.repository}")
    @EnableResilientMethods
    static class TransactionalConfiguration {

        @Bean
        Branch mainBranch(LakeFS lakeFS, org.springframework.core.env.Environment environment) {
            return lakeFS.repository(environment.getRequiredProperty("test.repository")).branch("main");
        }

        @Bean
        Datasets datasets(Branch mainBranch) {
            return new DefaultDatasets(mainBranch);
        }

        @Bean
        Reports reports(Branch mainBranch) {
            return new Reports(mainBranch);
        }
    }

    interface Datasets {

        @LakeFSTransactional(branch = "${test.branch}", commitMessage = "Load #{#dataset}",
                metadata = "dataset=#{#p0}")
        String load(String dataset, @Nullable LakeFSTransaction transaction);

        @LakeFSTransactional
        void failUnchecked(String path);

        @LakeFSTransactional(rollbackFor = IOException.class)
        void failChecked(String path) throws IOException;

        @LakeFSTransactional
        void checkedCommits(String path) throws TimeoutException;

        @LakeFSTransactional(noRollbackFor = IllegalArgumentException.class)
        void noRollback(String path);

        @LakeFSTransactional(tag = "#{#tag}", squash = true, strategy = "source-wins")
        void tagged(String path, String tag);

        @LakeFSTransactional(deleteBranchOnFailure = false)
        void keepOnFailure(String path);

        @LakeFSTransactional(propagation = Propagation.MANDATORY)
        String mandatory(String path);

        @LakeFSTransactional(propagation = Propagation.NEVER)
        void never();

        @LakeFSTransactional
        Mono<String> reactiveLoad(String path);

        @LakeFSTransactional
        Flux<String> reactiveMany(String... paths);

        @LakeFSTransactional
        Mono<String> reactiveFailure(String path);

        @LakeFSTransactional
        CompletableFuture<String> future();
    }

    /** Written without any knowledge of transactions: it writes through the source branch. */
    static class DefaultDatasets implements Datasets {

        private final Branch main;

        DefaultDatasets(Branch main) {
            this.main = main;
        }

        @Override
        public String load(String dataset, @Nullable LakeFSTransaction transaction) {
            this.main.object(dataset).upload("data of " + dataset);
            assertThat(transaction).isSameAs(LakeFSTransactions.current());
            return transaction.id();
        }

        @Override
        public void failUnchecked(String path) {
            this.main.object(path).upload("x");
            throw new IllegalStateException("unchecked");
        }

        @Override
        public void failChecked(String path) throws IOException {
            this.main.object(path).upload("x");
            throw new IOException("checked");
        }

        @Override
        public void checkedCommits(String path) throws TimeoutException {
            this.main.object(path).upload("partial");
            throw new TimeoutException("checked without rule");
        }

        @Override
        public void noRollback(String path) {
            this.main.object(path).upload("kept");
            throw new IllegalArgumentException("no rollback");
        }

        @Override
        public void tagged(String path, String tag) {
            this.main.object(path).upload("tagged");
        }

        @Override
        public void keepOnFailure(String path) {
            this.main.object(path).upload("x");
            throw new IllegalStateException("keep");
        }

        @Override
        public String mandatory(String path) {
            this.main.object(path).upload("mandatory");
            return LakeFSTransactions.current().id();
        }

        @Override
        public void never() {
            assertThat(LakeFSTransactions.currentIfAny()).isEmpty();
        }

        @Override
        public Mono<String> reactiveLoad(String path) {
            return LakeFSTransactions.reactiveCurrent().map((transaction) -> {
                this.main.object(path).upload("reactive");
                return transaction.id();
            });
        }

        @Override
        public Flux<String> reactiveMany(String... paths) {
            return Flux.fromArray(paths).map((path) -> {
                this.main.object(path).upload(path);
                return path;
            });
        }

        @Override
        public Mono<String> reactiveFailure(String path) {
            return Mono.fromCallable(() -> this.main.object(path).upload("x"))
                .then(Mono.error(new IllegalStateException("reactive failure")));
        }

        @Override
        public CompletableFuture<String> future() {
            return CompletableFuture.completedFuture("never called");
        }
    }

    @LakeFSTransactional
    static class Reports {

        private final Branch main;

        private final List<String> attempts = new ArrayList<>();

        Reports(Branch main) {
            this.main = main;
        }

        /** The transaction of every {@link #flaky()} attempt (a method: fields of a CGLIB proxy are not the target's). */
        public List<String> attempts() {
            return this.attempts;
        }

        public String write(String path) {
            this.main.object(path).upload("report");
            return LakeFSTransactions.current().id();
        }

        public List<String> callMandatoryAndNever(Datasets datasets) {
            String joined = datasets.mandatory("m.txt");
            assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(datasets::never);
            return List.of(LakeFSTransactions.current().id(), joined);
        }

        /** Calls {@code audit} through {@code self}, the proxy, as a self-invocation would bypass it. */
        public void writeThenAuditThenFail(Reports self) {
            this.main.object("outer.txt").upload("outer");
            self.audit();
            throw new IllegalStateException("outer fails");
        }

        public void writeAroundFailingNested(Reports self) {
            this.main.object("around.txt").upload("around");
            assertThatIllegalStateException().isThrownBy(self::failNested);
        }

        @LakeFSTransactional(propagation = Propagation.NESTED)
        public void failNested() {
            this.main.object("nested.txt").upload("nested");
            throw new IllegalStateException("nested fails");
        }

        @LakeFSTransactional(propagation = Propagation.REQUIRES_NEW)
        public void audit() {
            this.main.object("audit.txt").upload("audit");
        }

        @Retryable(maxRetries = 2, delay = 0)
        public String flaky() {
            String id = LakeFSTransactions.current().id();
            this.attempts.add(id);
            int attempt = this.attempts.size();
            this.main.object("attempt-" + attempt + ".txt").upload("attempt " + attempt);
            if (attempt == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            return id;
        }
    }
}
