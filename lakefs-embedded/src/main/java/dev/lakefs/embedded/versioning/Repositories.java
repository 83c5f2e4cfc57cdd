package dev.lakefs.embedded.versioning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.storage.BlobStore;
import org.jspecify.annotations.Nullable;

/** All repositories of the server, and their creation and deletion. */
public final class Repositories {

    /** The marker lakeFS leaves in a storage namespace it uses, so that no second repository reuses it. */
    private static final String NAMESPACE_MARKER = "/_lakefs/dummy";

    private static final String FIRST_COMMIT_MESSAGE = "Repository created";

    private final Map<String, Repository> repositories = new ConcurrentSkipListMap<>();

    private final BlobStore blobs;

    private final Clock clock;

    private volatile ChangeSink sink = ChangeSink.NONE;

    public Repositories(BlobStore blobs, Clock clock) {
        this.blobs = blobs;
        this.clock = clock;
    }

    /** Where every repository reports its changes from now on ({@link ChangeSink#NONE} by default). */
    public void reportTo(ChangeSink sink) {
        this.sink = sink;
    }

    private ChangeSink sink() {
        return this.sink;
    }

    /**
     * Creates a repository with its first commit ("Repository created") and default branch, unless bare.
     */
    public synchronized Repository create(String id, String storageNamespace, @Nullable String defaultBranch,
            boolean readOnly, @Nullable String storageId, boolean bare) {
        String branchName = (defaultBranch == null || defaultBranch.isEmpty()) ? "main" : defaultBranch;
        Names.checkBranch(branchName);
        if (this.repositories.containsKey(id)) {
            throw ApiException.conflict("error creating repository: not unique");
        }
        String marker = trimSlash(storageNamespace) + NAMESPACE_MARKER;
        if (!bare) {
            if (this.blobs.exists(marker)) {
                throw ApiException.badRequest("failed to create repository: storage namespace already in use");
            }
            this.blobs.put(marker, new byte[0]);
        }
        Repository repository = new Repository(id, this.clock.instant().getEpochSecond(), branchName,
                storageNamespace, readOnly, storageId, this::sink, false);
        // One exclusive section: the repository and its first commit and branch are reported together.
        repository.update(() -> {
            if (!bare) {
                Commit first = repository.addCommit(List.of(), "", FIRST_COMMIT_MESSAGE, repository.creationDate(),
                        Map.of(), Tree.EMPTY);
                repository.addBranch(branchName, first.id(), false);
            }
        });
        this.repositories.put(id, repository);
        return repository;
    }

    /**
     * Puts back a repository read from a journal, without its commits and branches (its changes follow) and without
     * reporting it.
     */
    public synchronized Repository restore(String id, long creationDate, String defaultBranch,
            String storageNamespace, boolean readOnly, @Nullable String storageId) {
        Repository repository = new Repository(id, creationDate, defaultBranch, storageNamespace, readOnly,
                storageId, this::sink, true);
        this.repositories.put(id, repository);
        return repository;
    }

    /** The repository, if there is one. */
    public @Nullable Repository find(String id) {
        return this.repositories.get(id);
    }

    /** Removes a repository read as deleted from a journal, without reporting it. */
    public synchronized void forget(String id) {
        this.repositories.remove(id);
    }

    /** The repository, or 404 "repository not found". */
    public Repository get(String id) {
        Repository repository = this.repositories.get(id);
        if (repository == null) {
            throw ApiException.notFound("repository not found");
        }
        return repository;
    }

    /** Removes a repository; its storage namespace stays used, as lakeFS leaves the data in place. */
    public synchronized void delete(String id, boolean force) {
        Repository repository = get(id);
        repository.checkWritable(force);
        // Under the repository's lock, so no change of a request still running is reported after the deletion.
        repository.update(() -> {
            this.repositories.remove(id);
            this.sink.deleted(id);
        });
    }

    /** Every repository, sorted by id. */
    public List<Repository> list() {
        return List.copyOf(this.repositories.values());
    }

    /** Drops every repository from memory (not from a journal). */
    public void clear() {
        this.repositories.clear();
    }

    static String trimSlash(String namespace) {
        return namespace.endsWith("/") ? namespace.substring(0, namespace.length() - 1) : namespace;
    }
}
