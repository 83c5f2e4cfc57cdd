package dev.lakefs.spring.nio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.lakefs.spring.WriteOptions;
import dev.lakefs.spring.resource.LakeFSUri;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * The {@link FileSystemProvider} for scheme {@code lakefs}, registered with {@link java.util.ServiceLoader}: with it,
 * {@code Path.of(URI.create("lakefs://example-repo/main/csv/sample_data.csv"))} and the JDK's
 * {@link java.nio.file.Files} work on lakeFS objects.
 * <p>
 * A {@code lakefs://} URI names a repository, a ref and a path, not a server, so {@link #getPath(URI)} and
 * {@link #getFileSystem(URI)} use the default file system (see {@link LakeFSFileSystems}); file systems for other
 * servers come from {@link #newFileSystem(URI, Map)} or
 * {@link LakeFSFileSystems#newFileSystem(dev.lakefs.spring.LakeFS)}.
 * How every operation maps to lakeFS is in {@code docs/file-system.md}.
 */
public final class LakeFSFileSystemProvider extends FileSystemProvider {

    private static final Set<OpenOption> DEFAULT_WRITE_OPTIONS = Set.of(StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);

    /** Called by {@link java.util.ServiceLoader}; use {@link LakeFSFileSystems} rather than making one. */
    public LakeFSFileSystemProvider() {
    }

    /** {@value LakeFSUri#SCHEME}. */
    @Override
    public String getScheme() {
        return LakeFSUri.SCHEME;
    }

    /**
     * A file system for one lakeFS server. {@code uri} is {@code lakefs:///} (any {@code lakefs:} URI is accepted);
     * {@code env} holds either {@value LakeFSFileSystems#LAKEFS} (a {@link dev.lakefs.spring.LakeFS}) or
     * {@value LakeFSFileSystems#ENDPOINT}, {@value LakeFSFileSystems#ACCESS_KEY_ID} and
     * {@value LakeFSFileSystems#SECRET_ACCESS_KEY}, and optionally {@value LakeFSFileSystems#LIST_PAGE_SIZE}.
     * @throws java.nio.file.FileSystemAlreadyExistsException when a file system for that endpoint is open
     */
    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        checkUri(uri);
        return FileSystemRegistry.newFileSystem(this, env);
    }

    /**
     * The default file system: over the installed {@link dev.lakefs.spring.LakeFS}, else the file system last made
     * by {@link #newFileSystem(URI, Map)} and still open, else over lakectl's configuration.
     * @throws java.nio.file.FileSystemNotFoundException when neither is there
     */
    @Override
    public FileSystem getFileSystem(URI uri) {
        checkUri(uri);
        return FileSystemRegistry.defaultFileSystem(this);
    }

    /** The path of a {@code lakefs://repository/ref/path} URI on the default file system. */
    @Override
    public Path getPath(URI uri) {
        checkUri(uri);
        return FileSystemRegistry.defaultFileSystem(this).getPath(uri);
    }

    private void checkUri(URI uri) {
        if (!getScheme().equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Not a lakefs:// URI: '" + uri + "'");
        }
    }

    // ---- reading and writing

    /**
     * A seekable channel: read-only by default (ranged {@code GET}s), write-only with {@code WRITE} (uploaded on
     * close; see {@link #newOutputStream}).
     */
    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>... attributes) throws IOException {
        LakeFSPath lakeFSPath = checkPath(path);
        if (attributes.length > 0) {
            throw new UnsupportedOperationException("File attributes cannot be set on lakeFS objects: use "
                    + "LakeFSOpenOption for the content type and user metadata");
        }
        if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
            if (options.contains(StandardOpenOption.READ)) {
                throw new UnsupportedOperationException("A lakeFS object is read or written, not both at once: "
                        + path);
            }
            return new WriteChannel(openWriter(lakeFSPath, options));
        }
        return new ReadChannel(lakeFSPath, lakeFSPath.getFileSystem().operations().openReader(lakeFSPath));
    }

    /** A stream of the object's bytes from its start; a missing object fails here with {@link NoSuchFileException}. */
    @Override
    public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption option : options) {
            if (option == StandardOpenOption.WRITE || option == StandardOpenOption.APPEND) {
                throw new UnsupportedOperationException("'" + option + "' not allowed when reading " + path);
            }
        }
        return Channels.newInputStream(newByteChannel(path, Set.of(StandardOpenOption.READ)));
    }

    /**
     * A stream that uploads the object whole when closed ({@link LakeFSOutputStream}). With no options: create or
     * replace (also when the only options are {@link LakeFSOpenOption}s). {@code CREATE_NEW} writes only if nothing
     * is at the path ({@code If-None-Match: *}); {@code WRITE} without {@code CREATE} needs an existing object. The
     * object is always replaced by exactly what was written ({@code APPEND} is not supported).
     * {@link LakeFSOpenOption}s set the content type and user metadata.
     * @throws AccessDeniedException when the path is on a tag or commit (they are read-only)
     */
    @Override
    public LakeFSOutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        Set<OpenOption> set = new HashSet<>(Arrays.asList(options));
        if (set.stream().noneMatch(StandardOpenOption.class::isInstance)) {
            // Only LakeFSOpenOptions (or none): the JDK's default, create or replace.
            set.addAll(DEFAULT_WRITE_OPTIONS);
        }
        if (set.contains(StandardOpenOption.READ)) {
            throw new IllegalArgumentException("READ not allowed when writing " + path);
        }
        return openWriter(checkPath(path), set);
    }

    private LakeFSOutputStream openWriter(LakeFSPath path, Set<? extends OpenOption> options) throws IOException {
        WriteOptions writeOptions = WriteOptions.defaults();
        for (OpenOption option : options) {
            if (option == StandardOpenOption.APPEND) {
                throw new UnsupportedOperationException("lakeFS objects cannot be appended to: " + path);
            }
            if (option == StandardOpenOption.DELETE_ON_CLOSE) {
                throw new UnsupportedOperationException("DELETE_ON_CLOSE is not supported: " + path);
            }
            if (option instanceof LakeFSOpenOption lakeFSOption) {
                writeOptions = lakeFSOption.applyTo(writeOptions);
            }
        }
        boolean createNew = options.contains(StandardOpenOption.CREATE_NEW);
        boolean mustExist = !createNew && !options.contains(StandardOpenOption.CREATE);
        return path.getFileSystem().operations().openWriter(path, writeOptions, createNew, mustExist);
    }

    // ---- directories

    /** The entries, lazily and page by page; {@code filter} is applied as they come. */
    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        LakeFSPath lakeFSPath = checkPath(dir);
        Stream<LakeFSPath> entries = lakeFSPath.getFileSystem().operations().list(lakeFSPath);
        return new LakeFSDirectoryStream(lakeFSPath, entries, filter);
    }

    /**
     * Writes nothing: lakeFS has no directories, a prefix exists while objects share it. The path must be free and
     * below a branch; {@code Files.exists} stays {@code false} until an object is written under it.
     */
    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attributes) throws IOException {
        if (attributes.length > 0) {
            throw new UnsupportedOperationException("lakeFS directories have no attributes");
        }
        LakeFSPath lakeFSPath = checkPath(dir);
        lakeFSPath.getFileSystem().operations().createDirectory(lakeFSPath);
    }

    /** Deletes an object of a branch; a directory with objects under it is not empty, one without does not exist. */
    @Override
    public void delete(Path path) throws IOException {
        LakeFSPath lakeFSPath = checkPath(path);
        lakeFSPath.getFileSystem().operations().delete(lakeFSPath);
    }

    // ---- copy and move

    /**
     * Copies an object: on the server ({@code copyObject}, no data through the client) inside one repository of one
     * file system, else streamed with bounded memory. Content type and user metadata go with it either way.
     * Without {@code REPLACE_EXISTING} an existing target fails with {@link FileAlreadyExistsException}.
     */
    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        LakeFSPath from = checkPath(source);
        LakeFSPath to = checkPath(target);
        Set<CopyOption> set = Set.of(options);
        if (set.contains(StandardCopyOption.ATOMIC_MOVE)) {
            throw new UnsupportedOperationException("ATOMIC_MOVE is not a copy option");
        }
        copyChecked(from, to, set.contains(StandardCopyOption.REPLACE_EXISTING));
    }

    /**
     * Moves an object: a copy (on the server inside one repository) and a delete of the source. Directories are not
     * moved: that would move every object under them. {@code ATOMIC_MOVE} is not supported.
     */
    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        LakeFSPath from = checkPath(source);
        LakeFSPath to = checkPath(target);
        Set<CopyOption> set = Set.of(options);
        if (set.contains(StandardCopyOption.ATOMIC_MOVE)) {
            throw new AtomicMoveNotSupportedException(source.toString(), target.toString(),
                    "lakeFS moves an object as a copy and a delete");
        }
        if (isSameFile(from, to)) {
            from.getFileSystem().operations().attributes(from, true);
            return;
        }
        LakeFSPath.Location origin = from.location();
        if (origin.isObjectLevel()) {
            // Checked before copying: a source on a tag or commit cannot be deleted afterwards.
            from.getFileSystem().operations().requireBranch(from, origin);
        }
        if (copyChecked(from, to, set.contains(StandardCopyOption.REPLACE_EXISTING))) {
            throw new FileSystemException(source.toString(), target.toString(),
                    "Moving a directory would move every object under it; move the objects instead");
        }
        delete(from);
    }

    /** Copies; returns whether the source was a directory (for which only the empty target directory is made). */
    private boolean copyChecked(LakeFSPath from, LakeFSPath to, boolean replaceExisting) throws IOException {
        LakeFSFileAttributes sourceAttributes = from.getFileSystem().operations().attributes(from, true);
        if (isSameFile(from, to)) {
            return sourceAttributes.isDirectory();
        }
        LakeFSFileAttributes targetAttributes = readAttributesIfExists(to);
        if (targetAttributes != null) {
            if (!replaceExisting) {
                throw new FileAlreadyExistsException(to.toString());
            }
            if (targetAttributes.isDirectory()) {
                throw new DirectoryNotEmptyException(to.toString());
            }
        }
        if (sourceAttributes.isDirectory()) {
            if (targetAttributes != null) {
                delete(to);
            }
            createDirectory(to);
            return true;
        }
        LakeFSPath.Location source = from.location();
        LakeFSPath.Location target = to.location();
        if (from.getFileSystem() == to.getFileSystem() && source.repository() != null
                && source.repository().equals(target.repository())) {
            to.getFileSystem().operations().copyOnServer(from, to);
        }
        else {
            copyStreaming(from, to, sourceAttributes, !replaceExisting);
        }
        return false;
    }

    private void copyStreaming(LakeFSPath from, LakeFSPath to, LakeFSFileAttributes attributes, boolean createNew)
            throws IOException {
        String contentType = attributes.contentType();
        LakeFSOpenOption carried = new LakeFSOpenOption((contentType != null) ? MediaType.parseMediaType(contentType)
                : null, attributes.userMetadata());
        List<OpenOption> options = List.of(createNew ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, carried);
        try (InputStream in = newInputStream(from)) {
            LakeFSOutputStream out = newOutputStream(to, options.toArray(OpenOption[]::new));
            try {
                in.transferTo(out);
            }
            catch (IOException | RuntimeException ex) {
                out.abort();
                throw ex;
            }
            out.close();
        }
    }

    private @Nullable LakeFSFileAttributes readAttributesIfExists(LakeFSPath path) throws IOException {
        try {
            return path.getFileSystem().operations().attributes(path, true);
        }
        catch (NoSuchFileException ex) {
            return null;
        }
    }

    // ---- attributes and access

    /** Whether both name the same location: lakeFS has no links. */
    @Override
    public boolean isSameFile(Path path, Path other) {
        if (!(other instanceof LakeFSPath)) {
            return false;
        }
        LakeFSPath first = checkPath(path);
        LakeFSPath second = (LakeFSPath) other;
        return first.getFileSystem() == second.getFileSystem()
                && first.toAbsolutePath().normalize().equals(second.toAbsolutePath().normalize());
    }

    /** {@code false}: lakeFS has no hidden objects. */
    @Override
    public boolean isHidden(Path path) {
        return false;
    }

    @Override
    public FileStore getFileStore(Path path) {
        return checkPath(path).getFileSystem().fileStore();
    }

    /**
     * Checks that the path exists; {@code WRITE} also needs a branch ({@link AccessDeniedException} on a tag or
     * commit), and {@code EXECUTE} is always denied.
     */
    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        LakeFSPath lakeFSPath = checkPath(path);
        PathOperations operations = lakeFSPath.getFileSystem().operations();
        operations.attributes(lakeFSPath, true);
        for (AccessMode mode : modes) {
            if (mode == AccessMode.EXECUTE) {
                throw new AccessDeniedException(path.toString(), null, "lakeFS objects are not executable");
            }
            if (mode == AccessMode.WRITE) {
                LakeFSPath.Location location = lakeFSPath.location();
                if (location.ref() != null) {
                    operations.requireBranch(lakeFSPath, location);
                }
            }
        }
    }

    /** {@link BasicFileAttributeView} or {@link LakeFSFileAttributeView} (the same object), else {@code null}. */
    @Override
    @SuppressWarnings("unchecked")
    public <V extends FileAttributeView> @Nullable V getFileAttributeView(Path path, Class<V> type,
            LinkOption... options) {
        if (type == BasicFileAttributeView.class || type == LakeFSFileAttributeView.class) {
            return (V) new LakeFSFileAttributeView(checkPath(path));
        }
        return null;
    }

    /**
     * {@link BasicFileAttributes} or {@link LakeFSFileAttributes}. A path from a directory listing answers basic
     * attributes from what the listing said (so that {@code Files.walk} makes no request per entry); other paths,
     * and {@link LakeFSFileAttributes}, are read from lakeFS.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        LakeFSPath lakeFSPath = checkPath(path);
        if (type == BasicFileAttributes.class || type == LakeFSFileAttributes.class) {
            return (A) lakeFSPath.getFileSystem().operations().attributes(lakeFSPath,
                    type == LakeFSFileAttributes.class);
        }
        throw new UnsupportedOperationException("lakeFS paths have no " + type.getName());
    }

    /**
     * Attributes by name: {@code size}, {@code basic:*}, {@code lakefs:checksum}, {@code lakefs:*} (checksum,
     * contentType, userMetadata, physicalAddress and the basic ones).
     */
    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
            throws IOException {
        LakeFSPath lakeFSPath = checkPath(path);
        int colon = attributes.indexOf(':');
        String view = (colon < 0) ? "basic" : attributes.substring(0, colon);
        String names = (colon < 0) ? attributes : attributes.substring(colon + 1);
        if (!view.equals("basic") && !view.equals(LakeFSFileAttributeView.NAME)) {
            throw new UnsupportedOperationException("No attribute view '" + view + "' on lakeFS paths: basic or "
                    + LakeFSFileAttributeView.NAME);
        }
        LakeFSFileAttributes read = lakeFSPath.getFileSystem().operations().attributes(lakeFSPath,
                view.equals(LakeFSFileAttributeView.NAME));
        Map<String, @Nullable Object> values = read.toMap(view, names.split(","));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) (Map<String, ?>) values;
        return result;
    }

    /**
     * Only {@code lakefs:userMetadata} (a {@code Map<String, String>}) can be set; times are accepted and ignored,
     * as lakeFS sets them when an object is written.
     */
    @Override
    public void setAttribute(Path path, String attribute, @Nullable Object value, LinkOption... options)
            throws IOException {
        LakeFSPath lakeFSPath = checkPath(path);
        String name = attribute.startsWith("basic:") ? attribute.substring(6) : attribute;
        if (name.equals(LakeFSFileAttributeView.NAME + ":userMetadata") && value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, String> metadata = (Map<String, String>) map;
            new LakeFSFileAttributeView(lakeFSPath).setUserMetadata(metadata);
            return;
        }
        if (name.equals("lastModifiedTime") || name.equals("lastAccessTime") || name.equals("creationTime")) {
            return;
        }
        throw new UnsupportedOperationException("Attribute '" + attribute + "' cannot be set on lakeFS paths");
    }

    private static LakeFSPath checkPath(Path path) {
        if (!(path instanceof LakeFSPath lakeFSPath)) {
            throw new ProviderMismatchException("Not a lakefs path: " + path);
        }
        return lakeFSPath;
    }
}
