package dev.lakefs.spring.nio;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.ProviderMismatchException;
import java.nio.file.spi.FileSystemProvider;
import java.util.Map;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.transaction.TransactionOptions;

/**
 * Where {@code lakefs://} file systems come from, and file-system transactions.
 * <ul>
 * <li>The <b>default</b> file system serves {@code Path.of(URI.create("lakefs://repository/ref/path"))}: it uses the
 * {@link LakeFS} {@link #install(LakeFS) installed} for it (Spring Boot installs its {@code LakeFS} bean); with none
 * installed, the file system last opened with {@code FileSystems.newFileSystem(URI, env)}; else the lakeFS that
 * lakectl's {@code LAKECTL_*} variables or {@code ~/.lakectl.yaml} describe.</li>
 * <li>{@link #newFileSystem(LakeFS)} gives a file system over any {@link LakeFS}, and
 * {@code FileSystems.newFileSystem(URI.create("lakefs:///"), env)} one over an endpoint and keys
 * ({@value #ENDPOINT}, {@value #ACCESS_KEY_ID}, {@value #SECRET_ACCESS_KEY}); the latter are kept one per endpoint
 * until closed.</li>
 * </ul>
 * A {@code lakefs://} URI names a repository, a ref and a path, not a server: {@code Path.of(uri)} always uses the
 * default file system; use {@link LakeFSFileSystem#getPath(URI)} for another.
 */
public final class LakeFSFileSystems {

    /** Environment key: the {@link LakeFS} to use. */
    public static final String LAKEFS = "lakeFS";

    /** Environment key: the lakeFS endpoint, e.g. {@code https://lakefs.example.com}. */
    public static final String ENDPOINT = "endpoint";

    /** Environment key: the access key id. */
    public static final String ACCESS_KEY_ID = "accessKeyId";

    /** Environment key: the secret access key. */
    public static final String SECRET_ACCESS_KEY = "secretAccessKey";

    /** Environment key: entries per listing request (1 to 1000; default 1000, lakeFS's maximum). */
    public static final String LIST_PAGE_SIZE = "listPageSize";

    static final int DEFAULT_LIST_PAGE_SIZE = 1000;

    private LakeFSFileSystems() {
    }

    /**
     * Makes {@code lakeFS} the client of the default file system until it is {@link #uninstall(LakeFS) uninstalled};
     * the one installed before it serves again then (as when several Spring contexts live in one JVM).
     * @param lakeFS the client
     */
    public static void install(LakeFS lakeFS) {
        FileSystemRegistry.install(lakeFS);
    }

    /**
     * Removes {@code lakeFS} as the default file system's client, if it is, and closes that file system.
     * @param lakeFS the client
     * @return whether it was installed
     */
    public static boolean uninstall(LakeFS lakeFS) {
        return FileSystemRegistry.uninstall(lakeFS);
    }

    /**
     * The default file system: the one {@code Path.of(URI)} uses.
     * @return the file system
     * @throws java.nio.file.FileSystemNotFoundException when no client is installed and lakectl's configuration
     * names no endpoint
     */
    public static LakeFSFileSystem getDefault() {
        return FileSystemRegistry.defaultFileSystem(provider());
    }

    /**
     * The path of a {@code lakefs://repository/ref/path} URI on the default file system; unlike
     * {@code Path.of(uri)}, it works when the JDK cannot see the provider (a Spring Boot executable jar).
     * @param uri the URI
     * @return the path
     */
    public static LakeFSPath path(URI uri) {
        return getDefault().getPath(uri);
    }

    /**
     * A file system over {@code lakeFS}; closing it leaves the client alone.
     * @param lakeFS the client
     * @return the file system
     */
    public static LakeFSFileSystem newFileSystem(LakeFS lakeFS) {
        return newFileSystem(lakeFS, Map.of());
    }

    /**
     * A file system over {@code lakeFS}, with settings such as {@value #LIST_PAGE_SIZE}.
     * @param lakeFS the client
     * @param env the settings
     * @return the file system
     */
    public static LakeFSFileSystem newFileSystem(LakeFS lakeFS, Map<String, ?> env) {
        return new LakeFSFileSystem(provider(), lakeFS, listPageSize(env), (closed) -> {
        });
    }

    /**
     * Runs {@code work} in a transaction on {@code repository}/{@code branch} (lakefs-spec's
     * {@code fs.transaction}): the work's paths ({@link LakeFSFileTransaction#path(String)}, and paths on
     * {@code branch} in this thread) point at a hidden branch, which is merged into {@code branch} when the work
     * returns and deleted when it throws, leaving {@code branch} as it was.
     * @param fileSystem a lakeFS file system
     * @param repository the repository id
     * @param branch the branch to change atomically
     * @param work the work
     * @return what the work returned
     * @throws IOException what the work threw, after the rollback
     */
    public static <T> T transaction(FileSystem fileSystem, String repository, String branch,
            FileTransactionCallback<T> work) throws IOException {
        return lakeFSFileSystem(fileSystem).transaction(repository, branch, work);
    }

    /**
     * Like {@link #transaction(FileSystem, String, String, FileTransactionCallback)}, with options (the final
     * commit's message and metadata, squash, merge strategy...).
     * @param fileSystem a lakeFS file system
     * @param repository the repository id
     * @param branch the branch to change atomically
     * @param options the options
     * @param work the work
     * @return what the work returned
     * @throws IOException what the work threw, after the rollback
     */
    public static <T> T transaction(FileSystem fileSystem, String repository, String branch,
            TransactionOptions options, FileTransactionCallback<T> work) throws IOException {
        return lakeFSFileSystem(fileSystem).transaction(repository, branch, options, work);
    }

    /**
     * Like {@link #transaction(FileSystem, String, String, FileTransactionCallback)} on a file system over
     * {@code lakeFS}.
     * @param lakeFS the client
     * @param repository the repository id
     * @param branch the branch to change atomically
     * @param work the work
     * @return what the work returned
     * @throws IOException what the work threw, after the rollback
     */
    public static <T> T transaction(LakeFS lakeFS, String repository, String branch, FileTransactionCallback<T> work)
            throws IOException {
        return newFileSystem(lakeFS).transaction(repository, branch, work);
    }

    private static LakeFSFileSystem lakeFSFileSystem(FileSystem fileSystem) {
        if (!(fileSystem instanceof LakeFSFileSystem lakeFSFileSystem)) {
            throw new ProviderMismatchException("Not a lakeFS file system: " + fileSystem);
        }
        return lakeFSFileSystem;
    }

    /** The provider the JDK installed (so that {@code Files.copy} sees one provider), or a new one. */
    static LakeFSFileSystemProvider provider() {
        for (FileSystemProvider installed : FileSystemProvider.installedProviders()) {
            if (installed instanceof LakeFSFileSystemProvider provider) {
                return provider;
            }
        }
        return FallbackProvider.INSTANCE;
    }

    static int listPageSize(Map<String, ?> env) {
        Object value = env.get(LIST_PAGE_SIZE);
        if (value == null) {
            return DEFAULT_LIST_PAGE_SIZE;
        }
        int size = (value instanceof Number number) ? number.intValue() : Integer.parseInt(value.toString().trim());
        if (size < 1 || size > DEFAULT_LIST_PAGE_SIZE) {
            throw new IllegalArgumentException("'" + LIST_PAGE_SIZE + "' must be 1 to 1000, not " + size);
        }
        return size;
    }

    /** Used when the JDK cannot see the provider (its class loader is not the system one). */
    private static final class FallbackProvider {

        static final LakeFSFileSystemProvider INSTANCE = new LakeFSFileSystemProvider();
    }
}
