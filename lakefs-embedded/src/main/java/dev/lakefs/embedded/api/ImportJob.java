package dev.lakefs.embedded.api;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.lakefs.embedded.api.model.ErrorInfo;
import dev.lakefs.embedded.api.model.ImportStatus;
import dev.lakefs.embedded.versioning.Commit;
import org.jspecify.annotations.Nullable;

/** One import's progress, written by its worker and read by status requests. */
final class ImportJob {

    private static final String CANCELED = "Canceled";

    private final String id;

    private final AtomicLong ingested = new AtomicLong();

    private volatile boolean completed;

    private volatile boolean canceled;

    private volatile @Nullable Commit commit;

    private volatile @Nullable String error;

    private volatile Instant updated = Instant.now();

    ImportJob(String id) {
        this.id = id;
    }

    String id() {
        return this.id;
    }

    boolean isCompleted() {
        return this.completed;
    }

    boolean isCanceled() {
        return this.canceled;
    }

    void progress() {
        this.ingested.incrementAndGet();
        this.updated = Instant.now();
    }

    void complete(Commit commit) {
        this.commit = commit;
        this.completed = true;
        this.updated = Instant.now();
    }

    void fail(String message) {
        this.error = message;
        this.updated = Instant.now();
    }

    void cancel() {
        this.canceled = true;
        fail(CANCELED);
    }

    ImportStatus status() {
        Commit done = this.commit;
        String failure = this.error;
        return new ImportStatus(this.completed, this.updated.toString(), this.ingested.get(),
                (done != null) ? done.metaRangeId() : null, (done != null) ? Models.commit(done) : null,
                (failure != null) ? new ErrorInfo(failure) : null);
    }
}
