package dev.lakefs.embedded.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import dev.lakefs.embedded.api.model.CommitCreation;
import dev.lakefs.embedded.api.model.ImportCreation;
import dev.lakefs.embedded.api.model.ImportCreationResponse;
import dev.lakefs.embedded.api.model.ImportLocation;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.FaultInjector;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.storage.Blob;
import dev.lakefs.embedded.versioning.Commit;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Refs;
import dev.lakefs.embedded.versioning.Repository;

/**
 * Imports from the server's own storage ({@code mem://...} blobs put through {@code EmbeddedStorage}) and from
 * local directories ({@code local:///path/}): asynchronous, with progress, ending in one commit on the branch that
 * replaces what was under each destination.
 */
public final class ImportApi {

    /** The repository metadata key lakeFS updates after an import. */
    static final String LAST_IMPORT_KEY = ".lakefs.last.import.timestamp";

    private final ServerContext context;

    private final ExecutorService executor;

    private final FaultInjector faults;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    public ImportApi(ServerContext context, ExecutorService executor, FaultInjector faults) {
        this.context = context;
        this.executor = executor;
        this.faults = faults;
    }

    public void register(Router router) {
        router.handle("importStart", this::start)
            .handle("importStatus", this::status)
            .handle("importCancel", this::cancel);
    }

    /** Forgets every import. */
    public void clear() {
        this.jobs.values().forEach(ImportJob::cancel);
        this.jobs.clear();
    }

    private ApiResponse start(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branch = request.pathParam("branch");
        ImportCreation creation = request.json(ImportCreation.class);
        List<ImportLocation> locations = Bodies.require(creation.paths(), "paths");
        CommitCreation commit = Bodies.require(creation.commit(), "commit");
        String message = Bodies.require(commit.message(), "commit/message");
        boolean force = Bodies.isTrue(creation.force());
        for (ImportLocation location : locations) {
            checkLocation(repository, location);
        }
        repository.read(() -> {
            Refs.branch(repository, branch);
            repository.checkWritable(force);
            return null;
        });
        ImportJob job = new ImportJob(UUID.randomUUID().toString().replace("-", ""));
        this.jobs.put(job.id(), job);
        this.executor.execute(() -> run(job, repository, branch, locations, message,
                (commit.metadata() != null) ? commit.metadata() : Map.of(), force));
        return ApiResponse.json(202, new ImportCreationResponse(job.id()));
    }

    private void checkLocation(Repository repository, ImportLocation location) {
        String type = Bodies.require(location.type(), "type");
        String path = Bodies.require(location.path(), "path");
        Bodies.require(location.destination(), "destination");
        if (!type.equals("common_prefix") && !type.equals("object")) {
            throw ApiException.badRequest("import location type: invalid value: validation error");
        }
        if (!path.startsWith("mem://") && !path.startsWith("local://")) {
            throw ApiException.badRequest("invalid import source: only mem:// and local:// sources can be imported");
        }
        if (path.startsWith(repository.storageNamespace())) {
            throw ApiException.badRequest("invalid import source: source lies in the repository's namespace");
        }        LocalSources.check(this.context.blobs().localPrefixes(), path);
    }

    private void run(ImportJob job, Repository repository, String branch, List<ImportLocation> locations,
            String message, Map<String, String> metadata, boolean force) {
        try {
            Map<String, Entry> imported = new TreeMap<>();
            List<String> replaced = new ArrayList<>();
            for (ImportLocation location : locations) {
                ingest(job, location, imported, replaced);
            }
            if (job.isCanceled()) {
                return;
            }
            Commit commit = repository.write(() -> {
                Commit created = this.context.operations().commitImport(repository, branch, imported, replaced,
                        this.context.committer(), message, metadata, force);
                repository.putMetadata(Map.of(LAST_IMPORT_KEY, Long.toString(created.creationDate())));
                return created;
            });
            job.complete(commit);
        }
        catch (RuntimeException ex) {
            job.fail(ex.getMessage() != null ? ex.getMessage() : ex.toString());
        }
    }

    private void ingest(ImportJob job, ImportLocation location, Map<String, Entry> imported, List<String> replaced) {
        String source = location.path();
        String destination = location.destination();
        if (location.type().equals("object")) {
            Blob blob = this.context.blobs().find(source)
                .orElseThrow(() -> ApiException.notFound("import source not found: " + source));
            slowDown();
            imported.put(destination, entry(source, blob));
            job.progress();
            return;
        }
        replaced.add(destination);
        for (String uri : this.context.blobs().list(source)) {
            if (job.isCanceled()) {
                return;
            }
            this.context.blobs().find(uri).ifPresent(blob -> {
                slowDown();
                imported.put(destination + uri.substring(source.length()), entry(uri, blob));
                job.progress();
            });
        }
    }

    /** Injected import latency, per object. */
    private void slowDown() {
        long millis = this.faults.importLatency().toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", ex);
            }
        }
    }

    private Entry entry(String uri, Blob blob) {
        return new Entry(uri, uri, blob.md5Hex(), blob.size(), this.context.now(), ObjectApi.DEFAULT_CONTENT_TYPE,
                Map.of());
    }

    private ApiResponse status(ApiRequest request) {
        this.context.repository(request);
        return ApiResponse.json(200, job(request).status());
    }

    /** 204; an import that already completed is a 409. */
    private ApiResponse cancel(ApiRequest request) {
        this.context.repository(request);
        ImportJob job = job(request);
        if (job.isCompleted()) {
            throw ApiException.conflict("import already completed");
        }
        job.cancel();
        return ApiResponse.empty(204);
    }

    private ImportJob job(ApiRequest request) {
        ImportJob job = this.jobs.get(request.requiredQuery("id"));
        if (job == null) {
            throw ApiException.notFound("import not found: not found");
        }
        return job;
    }
}
