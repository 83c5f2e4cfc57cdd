package dev.lakefs.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.lakefs.spring.client.LakeFSException;
import dev.lakefs.spring.client.model.CommitCreation;
import dev.lakefs.spring.client.model.ImportCreation;
import dev.lakefs.spring.client.model.ImportLocation;
import dev.lakefs.spring.client.model.ImportStatus;
import dev.lakefs.spring.client.model.PathType;
import org.jspecify.annotations.Nullable;

/**
 * Imports existing object-store data into a branch, without copying it, as one commit: the Python SDK's
 * {@code ImportManager}. Obtained from {@link Branch#importData(String)}; describe the sources, then
 * {@link #run()} it (start and wait), or {@link #start()} it and poll {@link #status()} yourself.
 * <pre>{@code
 * ImportStatus done = branch.importData("added public S3 data")
 *     .prefix("s3://example-bucket1/path1/", "datasets/path1/")
 *     .object("s3://example-bucket1/path2/imported_obj", "datasets/path2/imported_obj")
 *     .run(Duration.ofSeconds(1), Duration.ofMinutes(30),
 *         (progress) -> log.info("{} objects so far", progress.ingestedObjects()));
 * }</pre>
 * A manager imports once: sources cannot be added after {@link #start()}, and it cannot start twice. Not
 * thread-safe.
 */
public final class ImportManager {

    private final Branch branch;

    private final String commitMessage;

    private final Map<String, String> commitMetadata;

    private final List<ImportLocation> sources = new ArrayList<>();

    private @Nullable String importId;

    ImportManager(Branch branch, String commitMessage, Map<String, String> commitMetadata) {
        this.branch = branch;
        this.commitMessage = commitMessage;
        this.commitMetadata = Map.copyOf(commitMetadata);
    }

    /**
     * Adds every object under an object-store prefix.
     * @param objectStoreUri the source prefix, e.g. {@code s3://bucket/path/}
     * @param destination the path prefix in the branch, e.g. {@code datasets/path/}
     * @return this manager
     */
    public ImportManager prefix(String objectStoreUri, String destination) {
        return add(PathType.COMMON_PREFIX, objectStoreUri, destination);
    }

    /**
     * Adds a single object.
     * @param objectStoreUri the source object, e.g. {@code s3://bucket/path/object}
     * @param destination its path in the branch
     * @return this manager
     */
    public ImportManager object(String objectStoreUri, String destination) {
        return add(PathType.OBJECT, objectStoreUri, LakeFSNames.requirePath(destination));
    }

    private ImportManager add(PathType type, String objectStoreUri, String destination) {
        if (this.importId != null) {
            throw new IllegalStateException("Import " + this.importId + " already started: cannot add sources");
        }
        this.sources.add(new ImportLocation(type, objectStoreUri, destination));
        return this;
    }

    /**
     * The sources added so far.
     * @return the sources
     */
    public List<ImportLocation> sources() {
        return List.copyOf(this.sources);
    }

    /**
     * The import's id once started.
     * @return the import id, or {@code null} before {@link #start()}
     */
    public @Nullable String id() {
        return this.importId;
    }

    /**
     * Starts the import on the server and returns at once.
     * @return the import id
     * @throws IllegalStateException when already started or without sources
     */
    public String start() {
        if (this.importId != null) {
            throw new IllegalStateException("Import " + this.importId + " already started");
        }
        if (this.sources.isEmpty()) {
            throw new IllegalStateException("Nothing to import: add a prefix(...) or object(...) first");
        }
        ImportCreation creation = new ImportCreation(this.sources,
                CommitCreation.of(this.commitMessage, this.commitMetadata), false);
        String id = Blocking.get(this.branch.client().importStart(this.branch.repositoryId(), this.branch.id(),
                creation)).id();
        this.importId = id;
        return id;
    }

    /**
     * The import's status now: completed, objects ingested so far, the commit or the error.
     * @return the status
     */
    public ImportStatus status() {
        return Blocking.get(this.branch.client().importStatus(this.branch.repositoryId(), this.branch.id(),
                requireStarted()));
    }

    /** Cancels the running import. */
    public void cancel() {
        Blocking.run(this.branch.client().importCancel(this.branch.repositoryId(), this.branch.id(),
                requireStarted()));
    }

    /**
     * Starts the import and waits for it, polling at the {@link LakeFSOptions#importPollInterval() default interval}.
     * @return the status
     */
    public ImportStatus run() {
        return run((status) -> {
        });
    }

    /**
     * Starts the import and waits for it, telling {@code progress} each status polled.
     * @param progress told each status polled, the final one included
     * @return the status
     */
    public ImportStatus run(Consumer<ImportStatus> progress) {
        return run(this.branch.lakeFS().options().importPollInterval(), null, progress);
    }

    /**
     * Starts the import and waits for it to complete.
     * @param pollInterval how often to ask for the status
     * @param timeout how long to wait at most (the import is then canceled), or {@code null} for no limit
     * @param progress told each status polled, the final one included
     * @return the final status, with the import's commit
     * @throws ImportFailedException when lakeFS reports an error, with its message
     * @throws ImportTimeoutException when the timeout passes first
     */
    public ImportStatus run(Duration pollInterval, @Nullable Duration timeout, Consumer<ImportStatus> progress) {
        start();
        return await(pollInterval, timeout, progress);
    }

    /**
     * Waits for the started import to complete: the Python SDK's {@code wait()}, plus a timeout and progress.
     * Like the Python SDK it waits one interval before the first poll, since lakeFS may not know a just-started
     * import yet.
     * @param pollInterval how often to ask for the status
     * @param timeout how long to wait at most (the import is then canceled), or {@code null} for no limit
     * @param progress told each status polled, the final one included
     * @return the final status
     * @throws ImportFailedException when lakeFS reports an error, with its message
     * @throws ImportTimeoutException when the timeout passes first
     */
    public ImportStatus await(Duration pollInterval, @Nullable Duration timeout, Consumer<ImportStatus> progress) {
        String id = requireStarted();
        long deadline = (timeout != null) ? System.nanoTime() + timeout.toNanos() : Long.MAX_VALUE;
        ImportStatus status = null;
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new ImportTimeoutException(id, timeout, status, cancelQuietly());
            }
            sleep(Math.min(pollInterval.toNanos(), remaining));
            status = status();
            progress.accept(status);
            if (status.error() != null) {
                throw new ImportFailedException(id, status);
            }
            if (status.completed()) {
                return status;
            }
        }
    }

    private boolean cancelQuietly() {
        try {
            cancel();
            return true;
        }
        catch (LakeFSException ex) {
            return false;
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an import", ex);
        }
    }

    private String requireStarted() {
        String id = this.importId;
        if (id == null) {
            throw new IllegalStateException("The import has not started: call start() or run() first");
        }
        return id;
    }

    @Override
    public String toString() {
        return "ImportManager[" + this.branch + ", id=" + this.importId + ", sources=" + this.sources + "]";
    }
}
