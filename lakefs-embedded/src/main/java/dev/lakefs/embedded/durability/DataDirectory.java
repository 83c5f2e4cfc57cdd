package dev.lakefs.embedded.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.Authenticator;
import dev.lakefs.embedded.storage.BlobSink;
import dev.lakefs.embedded.storage.BlobStore;
import dev.lakefs.embedded.storage.StoredBlob;
import dev.lakefs.embedded.versioning.ChangeSink;
import dev.lakefs.embedded.versioning.Repositories;
import dev.lakefs.embedded.versioning.Repository;
import dev.lakefs.embedded.versioning.StateChange;
import org.jspecify.annotations.Nullable;

/**
 * An open data directory: it holds the lock that keeps other servers out, and journals every change the server's
 * repositories and blob store report. Its layout:
 * <ul>
 * <li>{@code lock}: locked while a server uses the directory;</li>
 * <li>{@code journal}: the changes, replayed on open ({@link Journal});</li>
 * <li>{@code objects/}: one file per blob;</li>
 * <li>{@code signing-key}: the key of login tokens, presigned URLs and staging addresses, readable by its owner
 * only.</li>
 * </ul>
 */
public final class DataDirectory implements ChangeSink, BlobSink, AutoCloseable {

    private static final System.Logger logger = System.getLogger(DataDirectory.class.getName());

    private static final int SIGNING_KEY_BYTES = 32;

    private final Path directory;

    private final FileChannel lockChannel;

    private final FileLock lock;

    private final Journal journal;

    private final Repositories repositories;

    private final BlobStore blobs;

    private DataDirectory(Path directory, FileChannel lockChannel, FileLock lock, Journal journal,
            Repositories repositories, BlobStore blobs) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.journal = journal;
        this.repositories = repositories;
        this.blobs = blobs;
    }

    /** The directory a durable blob store writes its files to. */
    public static Path objects(Path directory) {
        return directory.resolve("objects");
    }

    /**
     * The directory's signing key, created (random, readable by its owner only) when absent, so that tokens and
     * presigned URLs stay valid across restarts.
     * @throws UncheckedIOException when it can be neither read nor created
     */
    public static byte[] signingKey(Path directory) {
        Path file = directory.resolve("signing-key");
        try {
            Files.createDirectories(directory);
            if (!Files.exists(file)) {
                byte[] key = new byte[SIGNING_KEY_BYTES];
                new SecureRandom().nextBytes(key);
                try {
                    createOwnerOnly(file);
                    Files.write(file, key, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    return key;
                }
                catch (FileAlreadyExistsException ex) {
                    // another server created it first: use its key
                }
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != SIGNING_KEY_BYTES) {
                throw new IOException(file + " holds " + key.length + " bytes, not a " + SIGNING_KEY_BYTES
                        + "-byte key; delete it to make a new one (login tokens and presigned URLs then end)");
            }
            return key;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or create the signing key " + file + ": " + ex.getMessage(),
                    ex);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        else {
            Files.createFile(file);
        }
    }

    /**
     * Locks a data directory, replays its journal into empty repositories and blob store, deletes the object files
     * nothing refers to, and from then on journals what they report.
     * @throws IllegalStateException when another server uses the directory, or it cannot be read
     */
    public static DataDirectory open(Path directory, Repositories repositories, BlobStore blobs,
            Authenticator authenticator) {
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(directory);
            Path lockFile = directory.resolve("lock");
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(lockChannel, directory, lockFile);
            Replay replay = new Replay(repositories, blobs, authenticator);
            Journal journal = Journal.open(directory.resolve("journal"), replay);
            int deleted = blobs.deleteUnreferencedFiles();
            logger.log(System.Logger.Level.INFO, "Data directory " + directory + ": replayed " + replay.records()
                    + " journal records (" + repositories.list().size() + " repositories)"
                    + ((deleted > 0) ? ", deleted " + deleted + " unreferenced object files" : ""));
            DataDirectory opened = new DataDirectory(directory, lockChannel, lock, journal, repositories, blobs);
            repositories.reportTo(opened);
            blobs.reportTo(opened);
            return opened;
        }
        catch (IOException ex) {
            closeQuietly(lockChannel);
            throw new IllegalStateException("Cannot open the data directory " + directory + ": " + ex.getMessage(),
                    ex);
        }
        catch (RuntimeException ex) {
            closeQuietly(lockChannel);
            throw ex;
        }
    }

    private static FileLock tryLock(FileChannel channel, Path directory, Path lockFile) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (OverlappingFileLockException ex) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("The data directory " + directory + " is in use by another embedded "
                    + "lakeFS server (it holds the lock on " + lockFile + "): stop that server or use another "
                    + "directory");
        }
        return lock;
    }

    @Override
    public void created(Repository repository, List<StateChange> changes) {
        append(new JournalRecord.RepositoryCreated(repository.id(), repository.creationDate(),
                repository.defaultBranch(), repository.storageNamespace(), repository.readOnly(),
                repository.storageId(), changes));
    }

    @Override
    public void deleted(String repositoryId) {
        append(new JournalRecord.RepositoryDeleted(repositoryId));
    }

    @Override
    public void changed(String repositoryId, List<StateChange> changes) {
        append(new JournalRecord.RepositoryChanged(repositoryId, changes));
    }

    @Override
    public void stored(StoredBlob blob) {
        append(new JournalRecord.BlobStored(blob));
    }

    /**
     * Drops every record (the server was reset) but the revocation of tokens issued before {@code notBeforeMillis}.
     */
    public void reset(long notBeforeMillis) {
        try {
            this.journal.truncate();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot reset the journal " + this.journal.file(), ex);
        }
        append(new JournalRecord.TokensRevoked(notBeforeMillis));
    }

    private void append(JournalRecord record) {
        try {
            this.journal.append(record);
        }
        catch (IOException ex) {
            // The change is in memory but not on disk: the client must not take it as saved.
            logger.log(System.Logger.Level.ERROR, "Cannot write the journal " + this.journal.file(), ex);
            throw new ApiException(500, "cannot write the embedded server's data directory: " + ex.getMessage());
        }
    }

    /** Stops journaling and releases the lock; the server's state stays in the directory. */
    @Override
    public void close() {
        this.repositories.reportTo(ChangeSink.NONE);
        this.blobs.reportTo(BlobSink.NONE);
        try {
            this.journal.close();
        }
        catch (IOException ex) {
            logger.log(System.Logger.Level.WARNING, "Cannot close the journal " + this.journal.file(), ex);
        }
        try {
            this.lock.release();
        }
        catch (IOException ex) {
            logger.log(System.Logger.Level.WARNING, "Cannot release the lock of " + this.directory, ex);
        }
        closeQuietly(this.lockChannel);
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            }
            catch (IOException ignored) {
                // closing releases the lock; nothing else to undo
            }
        }
    }
}
