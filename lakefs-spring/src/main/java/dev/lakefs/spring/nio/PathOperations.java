package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.LakeFSNames;
import dev.lakefs.spring.Ref;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.StoredObject;
import dev.lakefs.spring.WriteOptions;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.PathType;
import dev.lakefs.spring.io.ObjectReader;
import dev.lakefs.spring.io.ObjectWriter;
import dev.lakefs.spring.nio.LakeFSPath.Location;
import dev.lakefs.spring.transaction.TransactionContextHolder;
import org.jspecify.annotations.Nullable;

/**
 * The lakeFS side of a {@link LakeFSFileSystem}'s operations: which requests a path operation makes, through the
 * high-level API, so that a branch with an open transaction in the current thread is routed into the transaction's
 * branch as it is for {@link Branch} handles.
 */
final class PathOperations {

    /** Positive answers to "is this ref a branch" are kept; they are cleared when this many accumulate. */
    private static final int BRANCH_CACHE_LIMIT = 1024;

    private final LakeFS lakeFS;

    private final int listPageSize;

    private final Map<String, Boolean> knownBranches = new ConcurrentHashMap<>();

    PathOperations(LakeFS lakeFS, int listPageSize) {
        this.lakeFS = lakeFS;
        this.listPageSize = listPageSize;
    }

    LakeFS lakeFS() {
        return this.lakeFS;
    }

    // ---- attributes

    /**
     * The attributes of {@code path}: from the listing that produced it unless {@code fresh}, else from a
     * {@code statObject} and, for a missing object, a one-entry listing of the prefix {@code path/}.
     */
    LakeFSFileAttributes attributes(LakeFSPath path, boolean fresh) throws IOException {
        LakeFSFileAttributes listed = path.listedAttributes();
        if (!fresh && listed != null) {
            return listed;
        }
        Location location = path.location();
        return FileErrors.call(path, () -> {
            if (location.repository() == null || exists(path, location)) {
                if (!location.isObjectLevel()) {
                    return LakeFSFileAttributes.ofDirectory();
                }
                Optional<ObjectStats> stats = stat(location);
                if (stats.isPresent()) {
                    return LakeFSFileAttributes.ofObject(stats.get());
                }
                if (hasEntries(location)) {
                    return LakeFSFileAttributes.ofDirectory();
                }
            }
            throw new NoSuchFileException(path.toString());
        });
    }

    /** For the repository and ref levels, whether they exist; below, always true (objects are checked apart). */
    private boolean exists(LakeFSPath path, Location location) throws IOException {
        Repository repository = this.lakeFS.repository(requireRepository(path, location));
        if (location.ref() == null) {
            return repository.exists();
        }
        return location.isObjectLevel() || ref(location).exists();
    }

    private Optional<ObjectStats> stat(Location location) {
        StoredObject object = ref(location).object(location.key());
        try {
            return Optional.of(object.stat());
        }
        catch (LakeFSNotFoundException ex) {
            return Optional.empty();
        }
    }

    /** Whether any object's path starts with the location's directory prefix. */
    private boolean hasEntries(Location location) {
        return ref(location).objects(ListOptions.prefixed(location.directoryPrefix()).withPageSize(1).withMax(1))
            .first()
            .isPresent();
    }

    /** Replaces an object's user metadata. */
    void setUserMetadata(LakeFSPath path, Map<String, String> metadata) throws IOException {
        Location location = requireObjectPath(path);
        String branch = requireBranch(path, location).id();
        FileErrors.call(path, () -> {
            if (stat(location).isEmpty()) {
                throw new NoSuchFileException(path.toString());
            }
            String routed = TransactionContextHolder.routedBranchId(location.repository(), branch);
            this.lakeFS.client()
                .updateObjectUserMetadata(location.repository(), routed, location.key(), metadata)
                .block();
            return null;
        });
    }

    // ---- reading and writing

    /** A reader of the object at {@code path}, opened (so that a missing object fails here), at offset 0. */
    ObjectReader openReader(LakeFSPath path) throws IOException {
        Location location = requireObjectPath(path);
        return FileErrors.call(path, () -> {
            ObjectReader reader = ref(location).object(location.key()).reader();
            try {
                return reader.open();
            }
            catch (LakeFSNotFoundException ex) {
                if (hasEntries(location)) {
                    throw new FileSystemException(path.toString(), null, "Is a directory");
                }
                throw ex;
            }
        });
    }

    /**
     * A writer of the object at {@code path} that uploads on close. {@code createNew} fails at once when something
     * exists at the path (and the upload is if-absent too, for races); {@code mustExist} fails when nothing does.
     */
    LakeFSOutputStream openWriter(LakeFSPath path, WriteOptions options, boolean createNew, boolean mustExist)
            throws IOException {
        Location location = requireObjectPath(path);
        Branch branch = requireBranch(path, location);
        return FileErrors.call(path, () -> {
            if (createNew || mustExist) {
                boolean exists = branch.object(location.key()).exists();
                if (createNew && exists) {
                    throw new FileAlreadyExistsException(path.toString());
                }
                if (mustExist && !exists) {
                    throw new NoSuchFileException(path.toString());
                }
            }
            if (hasEntries(location)) {
                throw new FileSystemException(path.toString(), null, "Is a directory");
            }
            // Files.newOutputStream's contract: closing the stream writes the file
            ObjectWriter writer = branch.object(location.key()).writer(options.withIfAbsent(createNew)).commitOnClose();
            return new LakeFSOutputStream(path, writer, createNew);
        });
    }

    // ---- directories

    /**
     * The entries of a directory, lazily: repositories at the root, branches in a repository, objects and common
     * prefixes ({@code /} as the delimiter) below a ref. The first page is read here, so that a missing directory
     * fails now; the stream must be closed.
     */
    Stream<LakeFSPath> list(LakeFSPath dir) throws IOException {
        LakeFSPath absolute = (LakeFSPath) dir.toAbsolutePath().normalize();
        Location location = absolute.location();
        return FileErrors.call(dir, () -> {
            Stream<LakeFSPath> entries = entries(absolute, location);
            Iterator<LakeFSPath> iterator = entries.iterator();
            boolean empty = !iterator.hasNext();
            if (empty && location.repository() != null) {
                entries.close();
                if (!exists(dir, location)) {
                    throw new NoSuchFileException(dir.toString());
                }
                if (location.isObjectLevel()) {
                    if (stat(location).isPresent()) {
                        throw new NotDirectoryException(dir.toString());
                    }
                    throw new NoSuchFileException(dir.toString());
                }
                return Stream.empty();
            }
            Stream<LakeFSPath> rest = StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                    Spliterator.ORDERED | Spliterator.NONNULL), false);
            return Stream.concat(Stream.of(iterator.next()), rest).onClose(entries::close);
        });
    }

    private Stream<LakeFSPath> entries(LakeFSPath dir, Location location) {
        ListOptions page = ListOptions.defaults().withPageSize(this.listPageSize);
        if (location.repository() == null) {
            return this.lakeFS.repositories(page).stream()
                .map((repository) -> (LakeFSPath) dir.resolve(repository.id()));
        }
        if (location.ref() == null) {
            return this.lakeFS.repository(location.repository()).branches(page).stream()
                .map((branch) -> (LakeFSPath) dir.resolve(branch.id()));
        }
        String prefix = location.directoryPrefix();
        return ref(location).objects(page.withPrefix(prefix).withDelimiter("/")).stream()
            .flatMap((stats) -> Stream.ofNullable(child(dir, prefix, stats)));
    }

    /** The entry a listed object or common prefix stands for, or {@code null} for a path with an empty name. */
    private static @Nullable LakeFSPath child(LakeFSPath dir, String prefix,
            ObjectStats stats) {
        String name = stats.path().substring(prefix.length());
        boolean directory = stats.pathType() == PathType.COMMON_PREFIX;
        if (directory && name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty() || name.contains("/")) {
            return null;
        }
        LakeFSFileAttributes attributes = directory ? LakeFSFileAttributes.ofDirectory()
                : LakeFSFileAttributes.ofObject(stats);
        return ((LakeFSPath) dir.resolve(name)).withListedAttributes(attributes);
    }

    /**
     * Creating a directory writes nothing (lakeFS has no directories: a prefix exists while objects share it); it
     * only checks that the path is free, below a branch.
     */
    void createDirectory(LakeFSPath dir) throws IOException {
        Location location = dir.location();
        if (!location.isObjectLevel()) {
            if (location.repository() == null || exists(dir, location)) {
                throw new FileAlreadyExistsException(dir.toString());
            }
            throw new FileSystemException(dir.toString(), null,
                    "Repositories and branches are created with the lakeFS API, not as directories");
        }
        requireBranch(dir, location);
        FileErrors.call(dir, () -> {
            if (stat(location).isPresent() || hasEntries(location)) {
                throw new FileAlreadyExistsException(dir.toString());
            }
            return null;
        });
    }

    /**
     * Deletes the object at {@code path}; a "directory" with objects under it is not empty, and one without does
     * not exist.
     */
    void delete(LakeFSPath path) throws IOException {
        Location location = path.location();
        if (!location.isObjectLevel()) {
            throw new FileSystemException(path.toString(), null,
                    "Repositories and branches are deleted with the lakeFS API, not as directories");
        }
        Branch branch = requireBranch(path, location);
        FileErrors.call(path, () -> {
            if (branch.object(location.key()).exists()) {
                branch.object(location.key()).delete();
                return null;
            }
            if (hasEntries(location)) {
                throw new DirectoryNotEmptyException(path.toString());
            }
            throw new NoSuchFileException(path.toString());
        });
    }

    /** Copies an object inside this repository on the server: no data passes through the client. */
    void copyOnServer(LakeFSPath source, LakeFSPath target) throws IOException {
        Location from = requireObjectPath(source);
        Location to = requireObjectPath(target);
        Branch branch = requireBranch(target, to);
        FileErrors.call(source, target, false, () -> ref(from).object(from.key()).copyTo(branch, to.key()));
    }

    // ---- names

    /** A handle on the location's ref: a {@link Branch} when the name can be one, so that transactions route it. */
    Ref ref(Location location) {
        Repository repository = this.lakeFS.repository(String.valueOf(location.repository()));
        String ref = String.valueOf(location.ref());
        return LakeFSNames.isValidBranchId(ref) ? repository.branch(ref) : repository.ref(ref);
    }

    /** The location's branch, or {@link AccessDeniedException} for a tag or commit: they are read-only. */
    Branch requireBranch(LakeFSPath path, Location location) throws IOException {
        String repositoryId = requireRepository(path, location);
        String ref = location.ref();
        if (ref == null) {
            throw new AccessDeniedException(path.toString(), null, "Not below a branch");
        }
        String key = repositoryId + "/" + ref;
        return FileErrors.call(path, () -> {
            Repository repository = this.lakeFS.repository(repositoryId);
            if (this.knownBranches.containsKey(key)) {
                return repository.branch(ref);
            }
            if (LakeFSNames.isValidBranchId(ref) && repository.branch(ref).exists()) {
                if (this.knownBranches.size() >= BRANCH_CACHE_LIMIT) {
                    this.knownBranches.clear();
                }
                this.knownBranches.put(key, Boolean.TRUE);
                return repository.branch(ref);
            }
            if (repository.ref(LakeFSNames.requireRef(ref)).exists()) {
                throw new AccessDeniedException(path.toString(), null,
                        "'" + ref + "' is a tag or a commit, and they are read-only: write to a branch");
            }
            throw new NoSuchFileException(path.toString(), null, "No branch '" + ref + "' in repository '"
                    + repositoryId + "'");
        });
    }

    private static String requireRepository(LakeFSPath path, Location location) throws IOException {
        String repository = location.repository();
        if (repository == null) {
            throw new FileSystemException(path.toString(), null, "Is the root directory");
        }
        return repository;
    }

    /** The location of an object path ({@code /repository/ref/path...}), or an exception naming the path. */
    static Location requireObjectPath(LakeFSPath path) throws IOException {
        Location location = path.location();
        if (!location.isObjectLevel()) {
            throw new FileSystemException(path.toString(), null,
                    "Is a directory (a repository or a ref): objects live at /repository/ref/path");
        }
        return location;
    }
}
