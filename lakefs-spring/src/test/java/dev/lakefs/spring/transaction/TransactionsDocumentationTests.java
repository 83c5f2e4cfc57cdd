package dev.lakefs.spring.transaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Tag;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.Commit;
import dev.lakefs.spring.client.model.ObjectStats;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of {@code docs/transactions.md}, run against the embedded server: the annotated beans in a plain
 * application context with {@link EnableLakeFSTransactions}, the programmatic forms directly. Each snippet region
 * is marked with the section it comes from.
 */
class TransactionsDocumentationTests extends EmbeddedLakeFSTestSupport {

    private AnnotationConfigApplicationContext context;

    private Branch main;

    @BeforeEach
    void exampleRepository() {
        server.reset();
        lakeFS.repository("example-repo").create("mem://bucket/example-repo");
        this.main = lakeFS.repository("example-repo").branch("main");
        this.context = new AnnotationConfigApplicationContext();
        this.context.getEnvironment()
            .getPropertySources()
            .addFirst(new MapPropertySource("test", Map.of("app.repository", "example-repo")));
        this.context.getBeanFactory().registerSingleton("lakeFS", lakeFS);
        this.context.getBeanFactory().registerSingleton("transactionManager", this.manager);
        this.context.register(DocumentedBeans.class, DatasetLoader.class);
        this.context.refresh();
    }

    @AfterEach
    void closeContext() {
        this.context.close();
    }

    @Test
    void quickStartLoadsADatasetInOneMerge() {
        String before = this.main.getCommit().id();

        this.context.getBean(DatasetLoader.class).load("lakes", List.of("name,country", "Garda,IT"));

        Commit merge = this.main.getCommit();
        assertThat(merge.parents()).hasSize(2).contains(before);
        assertThat(merge.metadata()).containsEntry("dataset", "lakes");
        assertThat(this.main.log().stream().map(Commit::message)).contains("Load lakes");
        assertThat(this.main.object("lakes/part-0.csv").readString()).isEqualTo("name,country\nGarda,IT");
        assertThat(this.main.object("lakes/_SUCCESS").exists()).isTrue();
        assertThat(lakeFS.repository("example-repo").branchesIncludingHidden(ListOptions.prefixed("tx-"))).isEmpty();
    }

    @Test
    void programmaticTransaction() {
        // docs/transactions.md: programmatically
        Branch main = lakeFS.repository("example-repo").branch("main");
        ObjectStats stats = main.transact(TransactionOptions.defaults().withCommitMessage("my tx"),
                (tx) -> tx.object("new_object").upload("new object data"));
        // end of snippet

        assertThat(stats.path()).isEqualTo("new_object");
        assertThat(main.object("new_object").readString()).isEqualTo("new object data");
        assertThat(main.log().stream().map(Commit::message)).contains("my tx");
    }

    @Test
    void checkedExceptionsRollBackAndReachTheCaller() {
        Branch main = this.main;
        Path rows = Path.of("does-not-exist.csv");

        // docs/transactions.md: checked exceptions
        try {
            main.transactWithoutResult((tx) -> tx.object("rows.csv").upload(Files.readString(rows)));
        }
        catch (IOException ex) {
            // the transaction rolled back: main is as it was
        }
        // end of snippet

        assertThat(main.object("rows.csv").exists()).isFalse();
    }

    @Test
    void reactiveProgrammaticTransaction() {
        Branch main = this.main;

        // docs/transactions.md: reactive work
        Mono<ObjectStats> saved = main.transactMono(TransactionOptions.defaults().withCommitMessage("reactive tx"),
                (tx) -> Mono.fromCallable(() -> tx.object("reactive_object").upload("reactive data")));
        // end of snippet

        assertThat(main.object("reactive_object").exists()).as("nothing happens before subscription").isFalse();
        assertThat(saved.block()).satisfies((stats) -> assertThat(stats.path()).isEqualTo("reactive_object"));
        assertThat(main.object("reactive_object").readString()).isEqualTo("reactive data");
        assertThat(main.log().stream().map(Commit::message)).contains("reactive tx");
    }

    @Test
    void templateTransaction() {
        LakeFSTransactionManager transactionManager = this.manager;
        Branch main = this.main;
        String csv = "id\n1\n";

        // docs/transactions.md: with a template
        LakeFSTransactionTemplate template = new LakeFSTransactionTemplate(transactionManager, "example-repo", "main")
            .withOptions(TransactionOptions.defaults().withCommitMessage("nightly load"));
        template.executeWithoutResult((tx) -> main.object("nightly/data.csv").upload(csv));
        // end of snippet

        assertThat(main.object("nightly/data.csv").readString()).isEqualTo(csv);
        assertThat(main.log().stream().map(Commit::message)).contains("nightly load");
    }

    @Test
    void attributesTakePlaceholdersAndSpel() {
        String before = this.main.getCommit().id();

        this.context.getBean(RowImporter.class).importRows("lakes", "main", List.of("Garda", "Como"));

        assertThat(this.main.getCommit().parents()).contains(before);
        assertThat(this.main.log().stream().map(Commit::message)).contains("Import lakes (2 rows)");
        assertThat(this.main.object("lakes.csv").readString()).isEqualTo("Garda\nComo");
        assertThat(lakeFS.repository("example-repo").tags().stream().map(Tag::id))
            .singleElement()
            .asString()
            .matches("lakes-\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aNullTransactionParameterReceivesTheTransaction() {
        LakeFSTransaction tx = this.context.getBean(Ingester.class).ingest("lakes", "name\nGarda\n", null);

        assertThat(tx.outcome()).isEqualTo(TransactionOutcome.COMMITTED);
        assertThat(tx.mergeCommitId()).isEqualTo(this.main.getCommit().id());
        assertThat(this.main.object("lakes.csv").readString()).isEqualTo("name\nGarda\n");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableLakeFSTransactions
    static class DocumentedBeans {

        @Bean
        RowImporter rowImporter() {
            return new RowImporter();
        }

        @Bean
        Ingester ingester(LakeFS lakeFS) {
            return new Ingester(lakeFS);
        }

    }

    static class RowImporter {

        // docs/transactions.md: placeholders and SpEL in attributes
        @LakeFSTransactional(repository = "${app.repository}", branch = "#{#target}",
                commitMessage = "Import #{#p0} (#{#rows.size()} rows)",
                tag = "#{#dataset}-#{T(java.time.LocalDate).now().toString()}")
        public void importRows(String dataset, String target, List<String> rows) {
            LakeFSTransactions.current().object(dataset + ".csv").upload(String.join("\n", rows));
        }

    }

    static class Ingester {

        private final Branch main;

        Ingester(LakeFS lakeFS) {
            this.main = lakeFS.repository("example-repo").branch("main");
        }

        // docs/transactions.md: the transaction as a parameter
        @LakeFSTransactional(repository = "example-repo")
        public LakeFSTransaction ingest(String name, String csv, @Nullable LakeFSTransaction tx) {
            this.main.object(name + ".csv").upload(csv);
            return Objects.requireNonNull(tx, "passed in by @LakeFSTransactional");
        }

    }

}
