package dev.lakefs.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lakefs.spring.client.LakeFSBadRequestException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.ImportStatus;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.PathType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Importing object-store data (the embedded server's {@code mem://} storage) into a branch.
 */
class ImportManagerTests extends AbstractEmbeddedLakeFSTests {

    private static final Duration POLL = Duration.ofMillis(20);

    private Repository repo;

    private Branch branch;

    @BeforeEach
    void createRepositoryAndSources() {
        this.repo = newRepository();
        this.branch = this.repo.branch("imports").create("main");
        for (int i = 0; i < 30; i++) {
            server.storage().put("mem://source/" + this.repo.id() + "/logs/" + i + ".json", ("{\"n\":" + i + "}").getBytes());
        }
        server.storage().put("mem://source/" + this.repo.id() + "/single.csv", "a,b\n".getBytes());
    }

    @Test
    void runStartsWaitsAndReportsProgress() {
        List<ImportStatus> progress = new ArrayList<>();
        ImportStatus done = this.branch.importData("import logs", Map.of("origin", "test"))
            .prefix("mem://source/" + this.repo.id() + "/logs/", "raw/logs/")
            .object("mem://source/" + this.repo.id() + "/single.csv", "raw/single.csv")
            .run(POLL, Duration.ofSeconds(30), progress::add);

        assertThat(done.completed()).isTrue();
        assertThat(done.error()).isNull();
        assertThat(done.ingestedObjects()).isEqualTo(31);
        assertThat(done.commit().message()).isEqualTo("import logs");
        assertThat(done.commit().metadata()).containsEntry("origin", "test");
        assertThat(progress).isNotEmpty().last().isEqualTo(done);
        assertThat(this.branch.getCommit().id()).isEqualTo(done.commit().id());
        assertThat(this.branch.objects(ListOptions.prefixed("raw/logs/")))
            .hasSize(30)
            .allSatisfy((o) -> assertThat(o.pathType()).isEqualTo(PathType.OBJECT));
        assertThat(this.branch.object("raw/logs/7.json").readString()).isEqualTo("{\"n\":7}");
        assertThat(this.repo.metadata()).containsKey(".lakefs.last.import.timestamp");
    }

    @Test
    void startAndStatusCanBeDrivenByHand() {
        ImportManager importer = this.branch.importData("by hand")
            .prefix("mem://source/" + this.repo.id() + "/logs/", "logs/");
        assertThat(importer.id()).isNull();

        String id = importer.start();

        assertThat(importer.id()).isEqualTo(id).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).until(() -> importer.status().completed());
        assertThat(importer.status().ingestedObjects()).isEqualTo(30);
        assertThat(this.branch.objects().stream().map(ObjectStats::path)).hasSize(30);
    }

    @Test
    void aFailedImportRaisesTheServersMessage() {
        ImportManager importer = this.branch.importData("missing source")
            .object("mem://source/" + this.repo.id() + "/no-such-object", "missing.csv");

        assertThatExceptionOfType(ImportFailedException.class)
            .isThrownBy(() -> importer.run(POLL, Duration.ofSeconds(30), (status) -> {
            }))
            .withMessageContaining("import source not found")
            .satisfies((ex) -> {
                assertThat(ex.getImportId()).isEqualTo(importer.id());
                assertThat(ex.getServerMessage()).contains("no-such-object");
            });
        assertThat(this.branch.object("missing.csv").exists()).isFalse();
    }

    @Test
    void aSourceLakeFSRejectsFailsAtStart() {
        ImportManager importer = this.branch.importData("inside the namespace")
            .prefix("mem://bucket/" + this.repo.id() + "/", "self/");
        assertThatExceptionOfType(LakeFSBadRequestException.class).isThrownBy(importer::start)
            .withMessageContaining("invalid import source");
    }

    @Test
    void anImportThatOutlivesTheTimeoutIsCanceledAndReported() {
        server.faults().importLatency(Duration.ofMillis(100));
        ImportManager importer = this.branch.importData("too slow")
            .prefix("mem://source/" + this.repo.id() + "/logs/", "logs/");
        List<Long> progress = new ArrayList<>();

        assertThatExceptionOfType(ImportTimeoutException.class)
            .isThrownBy(() -> importer.run(Duration.ofMillis(50), Duration.ofMillis(600),
                    (status) -> progress.add(status.ingestedObjects())))
            .withMessageStartingWith("Import " + importer.id() + " did not complete within PT0.6S")
            .withMessageEndingWith("it was canceled")
            .satisfies((ex) -> {
                assertThat(ex.isCanceled()).isTrue();
                assertThat(ex.getLastStatus()).isNotNull();
                assertThat(ex.getLastStatus().completed()).isFalse();
            });
        // progress was reported while it ran, and nothing was committed
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isBetween(1L, 29L);
        assertThat(importer.status().error().message()).isEqualTo("Canceled");
        assertThat(this.branch.objects()).isEmpty();
    }

    @AfterEach
    void clearFaults() {
        server.faults().clear();
    }

    @Test
    void aManagerImportsOnce() {
        ImportManager importer = this.branch.importData("once")
            .prefix("mem://source/" + this.repo.id() + "/logs/", "logs/");
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(importer::status)
            .withMessageContaining("has not started");
        importer.start();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(importer::start)
            .withMessageContaining("already started");
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> importer.object("mem://source/x", "x"))
            .withMessageContaining("cannot add sources");
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> this.branch.importData("empty").start())
            .withMessageContaining("Nothing to import");
    }
}
