package dev.lakefs.spring.nio;

import java.io.IOException;
import java.net.URI;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.transaction.TransactionOptions;

/**
 * lakeFS as a {@link FileSystem}: the repositories, refs and objects of one lakeFS server, reached through one
 * {@link LakeFS} client. Paths are {@code /repository/ref/path} ({@link LakeFSPath}); directories are repositories,
 * refs and the prefixes objects share. Obtain one from {@link LakeFSFileSystems}, or use {@code Path.of(URI)} with the
 * default one.
 * <p>
 * Thread-safe. Closing it makes its paths unusable; it never stops the {@link LakeFS} client it was given.
 */
public final class LakeFSFileSystem extends FileSystem {

    private final LakeFSFileSystemProvider provider;

    private final LakeFS lakeFS;

    private final PathOperations operations;

    private final LakeFSPath root;

    private final LakeFSFileStore store;

    private final Consumer<LakeFSFileSystem> onClose;

    private volatile boolean open = true;

    LakeFSFileSystem(LakeFSFileSystemProvider provider, LakeFS lakeFS, int listPageSize,
            Consumer<LakeFSFileSystem> onClose) {
        this.provider = provider;
        this.lakeFS = lakeFS;
        this.operations = new PathOperations(lakeFS, listPageSize);
        this.root = new LakeFSPath(this, true, List.of(), null);
        this.store = new LakeFSFileStore(this);
        this.onClose = onClose;
    }

    /**
     * The lakeFS client this file system uses.
     * @return the high-level API
     */
    public LakeFS lakeFS() {
        return this.lakeFS;
    }

    PathOperations operations() {
        if (!this.open) {
            throw new ClosedFileSystemException();
        }
        return this.operations;
    }

    LakeFSPath root() {
        return this.root;
    }

    @Override
    public LakeFSFileSystemProvider provider() {
        return this.provider;
    }

    /** Marks the file system closed; the {@link LakeFS} client is left alone. */
    @Override
    public void close() throws IOException {
        if (this.open) {
            this.open = false;
            this.onClose.accept(this);
        }
    }

    /** Closes without calling back the registry (which is the caller). */
    void markClosed() {
        this.open = false;
    }

    @Override
    public boolean isOpen() {
        return this.open;
    }

    /** {@code false}: objects of branches can be written (those of tags and commits cannot). */
    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(this.root);
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return List.of(this.store);
    }

    FileStore fileStore() {
        return this.store;
    }

    /** {@code basic} and {@code lakefs} ({@link LakeFSFileAttributeView}). */
    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic", LakeFSFileAttributeView.NAME);
    }

    @Override
    public LakeFSPath getPath(String first, String... more) {
        return LakeFSPath.parse(this, first, more);
    }

    /**
     * The path of a {@code lakefs://repository/ref/path} URI on this file system.
     * @param uri the URI
     * @return the path
     */
    public LakeFSPath getPath(URI uri) {
        return LakeFSPath.fromUri(this, uri);
    }

    /** {@code glob:} and {@code regex:} matchers over a path's string form. */
    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        int colon = syntaxAndPattern.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(
                    "Expected syntax:pattern (glob:… or regex:…), got '" + syntaxAndPattern + "'");
        }
        String syntax = syntaxAndPattern.substring(0, colon);
        String pattern = syntaxAndPattern.substring(colon + 1);
        String regex;
        if (syntax.equalsIgnoreCase("glob")) {
            regex = Globs.toRegex(pattern);
        }
        else if (syntax.equalsIgnoreCase("regex")) {
            regex = pattern;
        }
        else {
            throw new UnsupportedOperationException("Syntax '" + syntax + "' is not supported: use glob: or regex:");
        }
        Pattern compiled = Pattern.compile(regex);
        return (path) -> compiled.matcher(path.toString()).matches();
    }

    /** Not supported: lakeFS's users are not file owners. */
    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException("lakeFS paths have no owners");
    }

    /** Not supported: lakeFS has no change notifications. */
    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException("lakeFS paths cannot be watched");
    }

    /**
     * Runs {@code work} in a file-system transaction on {@code repository}/{@code branch}; see
     * {@link LakeFSFileSystems#transaction(FileSystem, String, String, FileTransactionCallback)}.
     * @param repository the repository id
     * @param branch the branch to change atomically
     * @param work the work, whose paths ({@link LakeFSFileTransaction#path(String)}) point at the transaction
     * @return what {@code work} returned
     * @throws IOException what {@code work} threw, after the transaction rolled back
     */
    public <T> T transaction(String repository, String branch, FileTransactionCallback<T> work) throws IOException {
        return transaction(repository, branch, TransactionOptions.defaults(), work);
    }

    /**
     * Like {@link #transaction(String, String, FileTransactionCallback)}, with transaction options (commit message
     * of the final commit, metadata, merge strategy, squash...).
     * @param repository the repository id
     * @param branch the branch to change atomically
     * @param options the options
     * @param work the work
     * @return what {@code work} returned
     * @throws IOException what {@code work} threw, after the transaction rolled back
     */
    public <T> T transaction(String repository, String branch, TransactionOptions options,
            FileTransactionCallback<T> work) throws IOException {
        return FileTransactions.run(this, repository, branch, options, work);
    }

    @Override
    public String toString() {
        return "LakeFSFileSystem[" + this.lakeFS.client().endpoint() + "]";
    }
}
