package dev.lakefs.embedded.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import dev.lakefs.embedded.EmbeddedStorage;
import org.jspecify.annotations.Nullable;

/**
 * The server's object store. Blobs are kept by address (a storage URI such as {@code mem://bucket/repo/data/...});
 * {@code local://<path>} addresses that were never written through the server are read from the file system,
 * which is how local directories are imported.
 * <p>
 * A durable store ({@link #durable}) writes every blob to a file of its objects directory and reports each address it
 * stores to a {@link BlobSink} (a data directory's journal); stopping it keeps the files, and {@link #restore} puts
 * the addresses back.
 */
public final class BlobStore implements EmbeddedStorage {

    static final String LOCAL_SCHEME = "local://";

    private final Map<String, Blob> blobs = new ConcurrentSkipListMap<>();

    private final long spillThreshold;

    private final @Nullable Path dataDirectory;

    private volatile @Nullable Path spillDirectory;

    private final LocalPrefixes localPrefixes;

    private final boolean durable;

    private volatile BlobSink sink = BlobSink.NONE;

    /**
     * @param spillThreshold blobs larger than this many bytes go to a file
     * @param dataDirectory where spilled files go; a temp directory, deleted on {@link #close()}, when null
     * @param localPrefixes the host directories {@code local://} addresses may be read from
     */
    public BlobStore(long spillThreshold, @Nullable Path dataDirectory, LocalPrefixes localPrefixes) {
        this(spillThreshold, dataDirectory, localPrefixes, false);
    }

    private BlobStore(long spillThreshold, @Nullable Path dataDirectory, LocalPrefixes localPrefixes,
            boolean durable) {
        this.spillThreshold = spillThreshold;
        this.dataDirectory = dataDirectory;
        this.localPrefixes = localPrefixes;
        this.durable = durable;
    }

    /**
     * A store that writes every non-empty blob to a file of {@code objectsDirectory} and keeps the files when it
     * stops ({@link #close()}); only {@link #clear()} deletes them.
     */
    public static BlobStore durable(Path objectsDirectory, LocalPrefixes localPrefixes) {
        return new BlobStore(0, objectsDirectory, localPrefixes, true);
    }

    /** Where a durable store reports the blobs it stores. */
    public void reportTo(BlobSink sink) {
        this.sink = sink;
    }

    /** Puts back a blob a journal reported, without reporting it again. */
    public void restore(StoredBlob stored) {
        String file = stored.file();
        Path directory = this.dataDirectory;
        Blob blob = (file == null || directory == null) ? new MemoryBlob(new byte[0], stored.md5Hex())
                : new FileBlob(directory.resolve(file), stored.size(), stored.md5Hex(), true);
        this.blobs.put(stored.address(), blob);
    }

    /**
     * Deletes the files of a durable store's directory that no address holds: blobs written for requests that never
     * completed, multipart parts, blobs a stopped server had not reported yet.
     * @return how many files were deleted
     */
    public int deleteUnreferencedFiles() throws IOException {
        Path directory = this.dataDirectory;
        if (!this.durable || directory == null || !Files.isDirectory(directory)) {
            return 0;
        }
        Set<Path> referenced = new HashSet<>();
        this.blobs.values().forEach(blob -> {
            if (blob instanceof FileBlob file) {
                referenced.add(file.file().getFileName());
            }
        });
        int deleted = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !referenced.contains(file.getFileName())) {
                    Files.delete(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** The host directories {@code local://} addresses may be read from. */
    public LocalPrefixes localPrefixes() {
        return this.localPrefixes;
    }

    /** Streams {@code in} into a new blob that is not stored anywhere yet. */
    public Blob write(InputStream in) throws IOException {
        return write(in, this.spillThreshold);
    }

    /**
     * Streams {@code in} into a new blob that goes to a file past {@code threshold} bytes instead of the store's
     * spill threshold (0: always on disk, as for the S3 gateway's multipart parts).
     */
    public Blob write(InputStream in, long threshold) throws IOException {
        return new BlobWriter(threshold, spillDirectory()).write(in);
    }

    /**
     * Stores (or replaces) the blob at an address. A replaced blob is not discarded here: copies share blobs across
     * addresses, so spilled files are only deleted by {@link #clear()}.
     */
    public void store(String address, Blob blob) {
        if (!this.durable) {
            this.blobs.put(address, blob);
            return;
        }
        Blob kept = onDisk(blob);
        this.blobs.put(address, kept);
        this.sink.stored(new StoredBlob(address, (kept instanceof FileBlob file) ? file.file().getFileName().toString()
                : null, kept.size(), kept.md5Hex()));
    }

    /** The blob as a file of this store's directory (only an empty blob stays on the heap). */
    private Blob onDisk(Blob blob) {
        if (blob.size() == 0 || (blob instanceof FileBlob file && file.isIn(this.dataDirectory))) {
            return blob;
        }
        try (InputStream in = blob.open()) {
            return write(in, 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The blob at an address, if there is one. */
    public Optional<Blob> find(String address) {
        Blob blob = this.blobs.get(address);
        if (blob != null) {
            return Optional.of(blob);
        }
        // Host files only under the operator's prefixes, whatever the caller checked: nothing else reads them.
        if (!this.localPrefixes.allows(address)) {
            return Optional.empty();
        }
        return localFile(address).filter(Files::isRegularFile).map(BlobStore::fileBlob);
    }

    /** Whether anything is stored at an address. */
    public boolean exists(String address) {
        return find(address).isPresent();
    }

    @Override
    public void put(String uri, byte[] content) {
        try {
            store(uri, write(new ByteArrayInputStream(content)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public byte[] get(String uri) {
        Blob blob = find(uri).orElseThrow(() -> new NoSuchElementException("Nothing stored at " + uri));
        try (InputStream in = blob.open()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public List<String> list(String prefixUri) {
        List<String> uris = new ArrayList<>();
        for (String address : this.blobs.keySet()) {
            if (address.startsWith(prefixUri)) {
                uris.add(address);
            }
        }
        uris.addAll(listLocal(prefixUri));
        return uris.stream().distinct().sorted().toList();
    }

    /** Drops every blob and deletes the spilled files. */
    public void clear() {
        List<Blob> dropped = new ArrayList<>(this.blobs.values());
        this.blobs.clear();
        dropped.forEach(Blob::discard);
    }

    /**
     * Drops every blob and deletes the temp directory the store created, if any. A durable store keeps its files
     * (a restarted server reads them again).
     */
    public void close() {
        if (this.durable) {
            this.blobs.clear();
            return;
        }
        clear();
        Path spill = this.spillDirectory;
        if (spill != null && this.dataDirectory == null) {
            deleteRecursively(spill);
            this.spillDirectory = null;
        }
    }

    private Path spillDirectory() throws IOException {
        Path spill = this.spillDirectory;
        if (spill == null) {
            synchronized (this) {
                spill = this.spillDirectory;
                if (spill == null) {
                    spill = (this.dataDirectory != null) ? Files.createDirectories(this.dataDirectory)
                            : Files.createTempDirectory("lakefs-embedded-");
                    this.spillDirectory = spill;
                }
            }
        }
        return spill;
    }

    private static Blob fileBlob(Path file) {
        try {
            return new FileBlob(file, Files.size(file), null, false);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The file a {@code local://} URI names: {@code local:///tmp/x} is {@code /tmp/x}. */
    public static Optional<Path> localFile(String uri) {
        if (!uri.startsWith(LOCAL_SCHEME)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(uri.substring(LOCAL_SCHEME.length())));
    }

    private List<String> listLocal(String prefixUri) {
        // The directory walked is the prefix's (or its parent when the prefix ends inside a name): it is allowed.
        String directoryUri = prefixUri.endsWith("/") ? prefixUri : prefixUri.substring(0,
                prefixUri.lastIndexOf('/') + 1);
        if (!this.localPrefixes.allows(prefixUri) || !this.localPrefixes.allows(directoryUri)) {
            return List.of();
        }
        Optional<Path> prefixPath = localFile(prefixUri);
        if (prefixPath.isEmpty()) {
            return List.of();
        }
        // A prefix may end inside a file name (local:///data/part-), so walk the closest directory.
        Path root = prefixUri.endsWith("/") ? prefixPath.get() : prefixPath.get().getParent();
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        String rootUri = prefixUri.substring(0, prefixUri.lastIndexOf('/') + 1);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                .filter((file) -> !Files.isSymbolicLink(file))
                .map(file -> rootUri + root.relativize(file).toString().replace('\\', '/'))
                .filter(uri -> uri.startsWith(prefixUri))
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ignored) {
            // best effort: a temp directory left behind is harmless
        }
    }
}
